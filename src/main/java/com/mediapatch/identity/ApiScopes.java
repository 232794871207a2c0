package com.mediapatch.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Every API scope the modules declare, checked at start: no value is declared twice. The token
 * form lists them, sign-in tokens carry them all, and {@link ApiCaller} may name only these.
 */
@Component
public class ApiScopes {

    private final List<ApiScope> all;
    private final Map<String, ApiScope> byValue;

    public ApiScopes(List<ApiScope> declared) {
        this.byValue = declared.stream().collect(Collectors.toUnmodifiableMap(ApiScope::value, Function.identity(),
                (first, second) -> {
                    throw new IllegalStateException("API scope " + first.value() + " is declared twice");
                }));
        this.all = declared.stream().sorted(Comparator.comparing(ApiScope::value)).toList();
    }

    /** Every scope, by value. */
    public List<ApiScope> all() {
        return all;
    }

    /** The declared scope with this value, if there is one. */
    public Optional<ApiScope> find(String value) {
        return Optional.ofNullable(byValue.get(value));
    }

    /** The declared scope with this value; a name nobody declares is a programming error. */
    public ApiScope require(String value) {
        return find(value).orElseThrow(() -> new IllegalStateException("No module declares the API scope " + value
                + "; declared: " + byValue.keySet()));
    }
}
