package com.mediapatch.security;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

/**
 * Every module's rate-limit rules and policies, checked once at start: each rule names a
 * declared policy, no two rules claim the same method and prefix, and every override in the
 * configuration names a declared policy. A request gets the policy of its most specific rule.
 */
final class RateLimitTable {

    static final String DEFAULT = "default";

    private final List<RateLimitRule> rules;
    private final Map<String, RateLimitPolicy> policies;

    RateLimitTable(List<RateLimitRule> rules, List<RateLimitPolicy> declared, RateLimitProperties properties) {
        this.policies = effectivePolicies(declared, properties.policies());
        requirePolicies(rules, policies);
        requireNoTies(rules);
        this.rules = rules.stream().sorted(Comparator.comparingInt(RateLimitRule::specificity).reversed()).toList();
    }

    /** The policy guarding this request: its most specific rule's, else {@code default}. */
    RateLimitPolicy policyFor(HttpServletRequest request) {
        String name = rules.stream().filter(rule -> rule.matches(request.getMethod(), request.getServletPath()))
                .map(RateLimitRule::policy).findFirst().orElse(DEFAULT);
        return policies.get(name);
    }

    private static Map<String, RateLimitPolicy> effectivePolicies(List<RateLimitPolicy> declared,
            Map<String, RateLimitProperties.Override> overrides) {
        Map<String, RateLimitPolicy> byName = declared.stream()
                .collect(Collectors.toMap(RateLimitPolicy::name, Function.identity(), (first, second) -> {
                    throw new IllegalStateException("Rate limit policy " + first.name() + " is declared twice");
                }));
        if (!byName.containsKey(DEFAULT)) {
            throw new IllegalStateException("No rate limit policy named " + DEFAULT);
        }
        overrides.forEach((name, override) -> {
            RateLimitPolicy policy = byName.get(name);
            if (policy == null) {
                throw new IllegalStateException("mediapatch.security.rate-limits.policies." + name
                        + " changes a policy no module declares; declared: " + byName.keySet());
            }
            byName.put(name, new RateLimitPolicy(name,
                    override.capacity() == null ? policy.capacity() : override.capacity(),
                    override.period() == null ? policy.period() : override.period()));
        });
        return Map.copyOf(byName);
    }

    private static void requirePolicies(List<RateLimitRule> rules, Map<String, RateLimitPolicy> policies) {
        rules.stream().filter(rule -> !policies.containsKey(rule.policy())).findFirst().ifPresent(rule -> {
            throw new IllegalStateException("Rate limit rule " + rule.name() + " names the undeclared policy " + rule.policy());
        });
    }

    private static void requireNoTies(List<RateLimitRule> rules) {
        Set<String> claimed = new HashSet<>();
        for (RateLimitRule rule : rules) {
            if (!claimed.add(rule.method().toUpperCase() + " " + rule.pathPrefix())) {
                throw new IllegalStateException("Rate limit rule " + rule.name() + " claims " + rule.method() + " "
                        + rule.pathPrefix() + ", which another rule already claims: make one of them more specific");
            }
        }
    }
}
