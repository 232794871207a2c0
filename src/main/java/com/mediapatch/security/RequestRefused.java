package com.mediapatch.security;

import java.time.Instant;

/**
 * A security event: a request was turned away. Published for the audit log and incident
 * response; also counted in the metric {@code mediapatch.security.refused}.
 *
 * @param reason why
 * @param method HTTP method
 * @param path request path
 * @param client member id or client address
 * @param at when
 */
public record RequestRefused(Reason reason, String method, String path, String client, Instant at) {

    /** Why a request was refused. */
    public enum Reason {
        RATE_LIMITED, CSRF_TOKEN_INVALID, ACCESS_DENIED, BODY_TOO_LARGE, MALFORMED_INPUT
    }
}
