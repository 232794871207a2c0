package com.mediapatch.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request as security events record it, without anything a client typed: in the path,
 * segments that are plain identifiers (route words, handles, ids) are kept and anything else
 * becomes "*", so "/members/&lt;script&gt;..." never reaches the audit log, a log line or a
 * metric; parameter names and methods are kept only when they are plain too.
 */
final class RequestShape {

    static final String MASK = "*";
    private static final int MAX_SEGMENTS = 12;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RequestShape() {
    }

    /** The shape of {@code path} (as the client sent it, percent-encoded). */
    static String path(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        StringBuilder shape = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (i > MAX_SEGMENTS) {
                return shape.append("/...").toString();
            }
            String segment = segments[i];
            shape.append('/').append(segment.isEmpty() || PLAIN.matcher(segment).matches() ? segment : MASK);
        }
        return shape.isEmpty() ? "/" : shape.toString();
    }

    /** A parameter name when it is a plain short identifier, which client-chosen names need not be. */
    static String field(String name) {
        return name != null && name.length() <= 40 && PLAIN.matcher(name).matches() ? name : MASK;
    }

    /** The HTTP method when it is a standard one; clients may send any token. */
    static String method(String method) {
        return METHODS.contains(method) ? method : "OTHER";
    }
}
