package com.mediapatch.ai.internal;

import java.time.Instant;

import com.mediapatch.ai.Capability;
import com.mediapatch.identity.AccountId;

/**
 * One call to a link, answered or not. Only ids, names and numbers: never a prompt or an answer.
 *
 * @param member who asked, or null for the site itself
 * @param link "local", a connection id, or "-" when no link was tried (quota reached, prompt too long)
 * @param outcome "ok", or why not (a failure kind in lower case, "quota", "too-long")
 */
public record UsageRecord(Instant at, AccountId member, Capability capability, String link, String model, long units,
        long latencyMs, long costMicros, String outcome) {

    public static final String OK = "ok";
    public static final String NO_LINK = "-";
}
