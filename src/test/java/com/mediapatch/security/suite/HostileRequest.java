package com.mediapatch.security.suite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A malformed or hostile request and the answers that are acceptable for it.
 *
 * @param name what it tries
 * @param method HTTP method
 * @param path path and query, already URL-encoded as sent
 * @param contentType body type, or null
 * @param body raw bytes, possibly not even UTF-8
 * @param api whether it is an API call (problem detail expected) or a page (friendly page expected)
 * @param statuses acceptable status codes
 */
record HostileRequest(String name, String method, String path, String contentType, byte[] body, boolean api,
        Set<Integer> statuses) {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String TOKEN = "/api/v1/auth/token";

    /** Requests the application itself answers. */
    static final List<HostileRequest> ANSWERED_BY_THE_APPLICATION = List.of(
            api("malformed JSON", "POST", TOKEN, JSON, "{\"email\": \"a\",, }", 400),
            api("truncated JSON", "POST", TOKEN, JSON, "{\"email\": \"a", 400),
            api("empty body", "POST", TOKEN, JSON, "", 400),
            api("array instead of object", "POST", TOKEN, JSON, "[1, 2, 3]", 400),
            api("object where a string belongs", "POST", TOKEN, JSON, "{\"email\": {\"$ne\": null}, \"password\": \"x\"}", 400),
            api("number beyond any type", "POST", TOKEN, JSON, "{\"email\": 1e999999999, \"password\": 99999999999999999999999}", 400, 401, 422),
            api("nesting ten thousand deep", "POST", TOKEN, JSON, "[".repeat(10_000) + "]".repeat(10_000), 400),
            api("overlong string", "POST", TOKEN, JSON, "{\"email\": \"" + "a".repeat(200_000) + "\", \"password\": \"x\"}", 422),
            api("null bytes", "POST", TOKEN, JSON, "{\"email\": \"a\\u0000b@example.org\", \"password\": \"\\u0000\"}", 400),
            new HostileRequest("invalid UTF-8", "POST", TOKEN, JSON, new byte[] {'{', '"', 'e', '"', ':', '"', (byte) 0xC3,
                    (byte) 0x28, (byte) 0xFF, '"', '}'}, true, Set.of(400)),
            api("plain text body", "POST", TOKEN, "text/plain", "email=a&password=b", 415),
            api("XML body", "POST", TOKEN, "application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", 415),
            api("form body to a JSON endpoint", "POST", TOKEN, FORM, "email=a&password=b", 415),
            api("charset trickery", "POST", TOKEN, "application/json; charset=UTF-7", "{\"email\": \"+ADw-x\"}", 400, 415, 422),
            api("wrong method", "DELETE", "/api/v1/site", null, "", 405),
            api("unknown API path", "GET", "/api/v1/%2e%2e/actuator/env", null, "", 400, 404),
            api("over a megabyte", "POST", TOKEN, JSON, "{\"email\": \"" + "a".repeat(1_100_000) + "\"}", 413),
            page("unknown enum in a filter (ignored)", "GET", "/members?discipline=WIZARD", null, "", 200),
            page("enum injection (ignored)", "GET", "/members?discipline=MUSICIAN%27%20OR%201=1", null, "", 200),
            page("SQL as a page cursor", "GET", "/members?after=x%27%20OR%201=1--", null, "", 200),
            page("a cursor naming nobody", "GET", "/members?before=nobody-has-this-handle", null, "", 200),
            page("invalid UTF-8 in the query", "GET", "/members?q=%C3%28%FF", null, "", 400),
            page("null byte in the query", "GET", "/members?q=a%00b", null, "", 400),
            page("null byte in the sign-in form", "POST", "/sign-in", FORM, "email=a%00b%40example.org&password=x", 400),
            page("overlong query", "GET", "/members?q=" + "x".repeat(6_000), null, "", 200),
            page("overlong handle", "GET", "/members/" + "x".repeat(4_000), null, "", 404),
            page("wrong method on a page", "DELETE", "/members", null, "", 405),
            page("invalid UUID in a path", "POST", "/settings/tokens/not-a-uuid/revoke", FORM, "", 404),
            page("SQL in a UUID path", "POST", "/settings/tokens/1'%20OR%20'1'='1/revoke", FORM, "", 404),
            page("unknown enum in a form", "POST", "/settings/profile", FORM,
                    "handle=enum-probe&displayName=Enum&visibility=WIZARD&theme=NEON&disciplines=WIZARD", 422),
            page("numbers that are not numbers", "POST", "/settings/profile", FORM,
                    "handle=number-probe&displayName=Num&visibility=EVERYONE&theme=SYSTEM&placeId=NaN%27", 422),
            page("form field null bytes", "POST", "/settings/profile", FORM,
                    "handle=nul-probe&displayName=a%00b&visibility=EVERYONE&theme=SYSTEM", 400),
            page("form over a megabyte", "POST", "/settings/profile", FORM, "bio=" + "x".repeat(1_100_000), 413));

    /**
     * Requests Tomcat refuses before the application sees them: encoded slashes, dot segments
     * or null bytes in the path, invalid UTF-8 in the path, a request line over the header limit.
     */
    static final List<HostileRequest> REFUSED_BY_THE_CONTAINER = List.of(
            page("encoded traversal", "GET", "/..%2f..%2fetc/passwd", null, "", 400),
            page("path-parameter traversal", "GET", "/members/..;/..;/actuator/env", null, "", 400),
            page("encoded dot segments to static files", "GET", "/css/%2e%2e/%2e%2e/application.properties", null, "", 400),
            page("encoded traversal in a handle", "GET", "/members/..%2f..%2fetc%2fpasswd", null, "", 400),
            page("null byte in the path", "GET", "/members/ab%00cd", null, "", 400),
            page("invalid UTF-8 in the path", "GET", "/members/%C3%28%FF", null, "", 400),
            page("request line over the header limit", "GET", "/members?q=" + "y".repeat(20_000), null, "", 400));

    private static HostileRequest api(String name, String method, String path, String type, String body, Integer... ok) {
        return new HostileRequest(name, method, path, type, body.getBytes(StandardCharsets.UTF_8), true, Set.of(ok));
    }

    private static HostileRequest page(String name, String method, String path, String type, String body, Integer... ok) {
        return new HostileRequest(name, method, path, type, body.getBytes(StandardCharsets.UTF_8), false, Set.of(ok));
    }

    @Override
    public String toString() {
        return name;
    }
}
