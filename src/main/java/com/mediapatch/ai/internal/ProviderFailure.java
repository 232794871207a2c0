package com.mediapatch.ai.internal;

import java.time.Duration;

/**
 * Why a link did not answer, in words safe to show God Mode: never the key, never the member's prompt.
 */
public final class ProviderFailure extends RuntimeException {

    /** What went wrong, and whether the same link is worth another attempt. */
    public enum Kind {
        TIMEOUT("timed out", false),
        RATE_LIMITED("was rate-limited (429)", false),
        UNAUTHORIZED("refused the key", false),
        BAD_ANSWER("answered something that is not its API", false),
        SERVER_ERROR("failed", true),
        UNREACHABLE("could not be reached", true),
        REFUSED("refused the request", false),
        OVER_BUDGET("is over its monthly budget", false),
        COOLING_DOWN("is cooling down after repeated failures", false),
        SWITCHED_OFF("is switched off", false),
        UNSUPPORTED("does not offer this capability", false),
        CANCELLED("was cancelled: the member left", false);

        private final String words;
        private final boolean retryable;

        Kind(String words, boolean retryable) {
            this.words = words;
            this.retryable = retryable;
        }

        public String words() {
            return words;
        }
    }

    private final Kind kind;
    private final transient Duration retryAfter;

    public ProviderFailure(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public ProviderFailure(Kind kind, String detail, Duration retryAfter) {
        super(detail == null || detail.isBlank() ? kind.words() : kind.words() + ": " + detail, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked to be left alone (429 Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean retryable() {
        return kind.retryable;
    }

    /** Whether the failure says something about the link's health (not skips the router decided itself). */
    public boolean countsAgainstHealth() {
        return kind != Kind.OVER_BUDGET && kind != Kind.COOLING_DOWN && kind != Kind.SWITCHED_OFF
                && kind != Kind.UNSUPPORTED && kind != Kind.CANCELLED;
    }
}
