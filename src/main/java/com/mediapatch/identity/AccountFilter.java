package com.mediapatch.identity;

/** Which accounts a God Mode member search lists. */
public enum AccountFilter {
    ALL, RESTRICTED, UNVERIFIED, PRIVILEGED, WITHOUT_TWO_STEP
}
