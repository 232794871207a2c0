package com.mediapatch.audit.internal;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import com.mediapatch.audit.AuditableAction;

/**
 * Fits an action to what the audit table stores, before anything is hashed, so the body
 * always equals the columns: times to microseconds (what both databases keep), text cut to
 * its column's length, and characters no database text column takes (NUL, unpaired
 * surrogates) replaced by U+FFFD.
 */
final class FieldLimits {

    static final int DETAILS = 40;
    static final int DETAIL_KEY = 100;
    static final int DETAIL_VALUE = 1000;

    private FieldLimits() {
    }

    static AuditableAction fit(AuditableAction action) {
        Map<String, String> details = new TreeMap<>();
        action.details().entrySet().stream().limit(DETAILS)
                .forEach(detail -> details.put(text(detail.getKey(), DETAIL_KEY), text(detail.getValue(), DETAIL_VALUE)));
        return new AuditableAction(action.at().truncatedTo(ChronoUnit.MICROS), text(action.actor(), 200),
                text(action.effectiveActor(), 200), text(action.action(), 100), text(action.target(), 500),
                text(action.reason(), 500), text(action.ip(), 64), text(action.userAgent(), 500), details);
    }

    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
