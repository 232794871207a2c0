package com.mediapatch.security;

import java.time.Instant;

/**
 * A security event: a request carried input that looks like an attack. Nothing is refused
 * for it (output is escaped and queries are parameterized, so the payload is inert, and a
 * musician may well write about "&lt;script&gt;"); the event lets the audit log and incident
 * response see probing. Counted in mediapatch.security.suspicious by kind. It carries no
 * member-supplied text: not the value, and the path and field only in a shape that cannot
 * hold any.
 *
 * @param kind what it looked like
 * @param method HTTP method
 * @param path the request path's shape: segments that are not plain identifiers read "*"
 * @param field the parameter it was in ("path" for the path itself; "*" when the name is not a plain identifier)
 * @param client member id or client address
 * @param at when
 */
public record SuspiciousInputSeen(Kind kind, String method, String path, String field, String client, Instant at) {

    /** Families of hostile input. */
    public enum Kind {
        SCRIPT_INJECTION, SQL_INJECTION, PATH_TRAVERSAL, CONTROL_CHARACTERS
    }
}
