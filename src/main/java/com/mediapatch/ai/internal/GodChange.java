package com.mediapatch.ai.internal;

import com.mediapatch.identity.AccountId;

/** A God account changing the AI set-up, and where from, for the audit log. */
public record GodChange(AccountId god, String address, String userAgent) {
}
