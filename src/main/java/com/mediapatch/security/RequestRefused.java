package com.mediapatch.security;

import java.time.Instant;

/**
 * A security event: a request was turned away. Published for the audit log and incident
 * response; also counted in the metric mediapatch.security.refused. It carries no text the client
 * typed (see the path).
 *
 * @param reason why
 * @param method HTTP method ("OTHER" when not a standard one)
 * @param path the request path's shape: segments that are not plain identifiers read "*"
 * @param client member id or client address
 * @param at when
 */
public record RequestRefused(Reason reason, String method, String path, String client, Instant at) {

    /** Why a request was refused. */
    public enum Reason {
        RATE_LIMITED, CSRF_TOKEN_INVALID, ACCESS_DENIED, BODY_TOO_LARGE, MALFORMED_INPUT
    }
}
