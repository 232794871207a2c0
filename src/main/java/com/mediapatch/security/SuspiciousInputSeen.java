package com.mediapatch.security;

import java.time.Instant;

/**
 * A security event: a request carried input that looks like an attack. Nothing is refused
 * for it (output is escaped and queries are parameterized, so the payload is inert, and a
 * musician may well write about "&lt;script&gt;"); the event lets the audit log and incident
 * response see probing. Counted in {@code mediapatch.security.suspicious}.
 *
 * @param kind what it looked like
 * @param method HTTP method
 * @param path request path
 * @param field the parameter it was in ({@code path} for the path itself)
 * @param excerpt the start of the value, at most 120 characters
 * @param client member id or client address
 * @param at when
 */
public record SuspiciousInputSeen(Kind kind, String method, String path, String field, String excerpt, String client,
        Instant at) {

    /** Families of hostile input. */
    public enum Kind {
        SCRIPT_INJECTION, SQL_INJECTION, PATH_TRAVERSAL, CONTROL_CHARACTERS
    }
}
