package com.mediapatch.shared;

import java.util.Objects;

/**
 * Which requests a rate-limit policy guards, declared as a bean by the module that serves
 * them. A request falls under the rule with the longest matching path prefix (a rule for one
 * method beats {@code *} on the same prefix), so declaration order never matters; two rules
 * for the same method and prefix stop the application at start. Requests no rule matches use
 * the policy named {@code default}.
 *
 * @param name what the rule is called in start-up errors, e.g. {@code identity.sign-in}
 * @param method the HTTP method, or {@code *} for any
 * @param pathPrefix the start of the servlet path, e.g. {@code /sign-in}
 * @param policy the name of a {@link RateLimitPolicy}
 */
public record RateLimitRule(String name, String method, String pathPrefix, String policy) {

    public RateLimitRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(policy, "policy");
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("Rate limit rule " + name + " needs a path starting with /");
        }
    }

    /** A rule for POST requests, the usual thing to limit. */
    public static RateLimitRule post(String name, String pathPrefix, String policy) {
        return new RateLimitRule(name, "POST", pathPrefix, policy);
    }

    /** Whether a request with this method and servlet path falls under the rule. */
    public boolean matches(String requestMethod, String servletPath) {
        return ("*".equals(method) || method.equalsIgnoreCase(requestMethod)) && servletPath.startsWith(pathPrefix);
    }

    /** Longer prefixes are more specific; on the same prefix a named method beats {@code *}. */
    public int specificity() {
        return pathPrefix.length() * 2 + ("*".equals(method) ? 0 : 1);
    }
}
