package com.mediapatch.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something an API token may do, declared as a bean by the module whose API needs it
 * ({@code messages:read}, {@code messages:write}). Access tokens from signing in carry every
 * declared scope; personal tokens the ones their owner chose. Handlers ask for one with
 * {@link ApiCaller}; {@link ApiScopes} lists them all.
 *
 * @param value what tokens carry and handlers name, {@code <area>:read} or {@code <area>:write}
 * @param description what the scope allows, in words a member understands
 */
public record ApiScope(String value, String description) {

    private static final Pattern VALUE = Pattern.compile("[a-z][a-z-]*:(read|write)");

    public ApiScope {
        Objects.requireNonNull(description, "description");
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("An API scope is named <area>:read or <area>:write, not " + value);
        }
    }

    /** The Spring Security authority a request with this scope holds. */
    public String authority() {
        return "SCOPE_" + value;
    }

    /** A DOM id for the scope's checkbox, e.g. {@code scope-messages-read}. */
    public String domId() {
        return "scope-" + value.replace(':', '-');
    }
}
