package com.mediapatch.classifieds.internal;

import com.mediapatch.classifieds.AdId;

/** An ad was written or its words were edited, so what it means is worked out again. */
record AdTextChanged(AdId ad) {
}
