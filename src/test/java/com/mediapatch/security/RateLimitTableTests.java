package com.mediapatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RateLimitTableTests {

    static final List<RateLimitPolicy> POLICIES = List.of(new RateLimitPolicy("default", 300, Duration.ofMinutes(1)),
            new RateLimitPolicy("messages", 120, Duration.ofMinutes(1)),
            new RateLimitPolicy("group-creation", 10, Duration.ofHours(1)));

    static final RateLimitRule MESSAGES = RateLimitRule.post("messages", "/messages", "messages");
    static final RateLimitRule GROUPS = RateLimitRule.post("groups", "/messages/groups", "group-creation");

    @Test
    void theLongestMatchingPrefixWinsWhateverTheOrderOfDeclaration() {
        for (List<RateLimitRule> rules : List.of(List.of(MESSAGES, GROUPS), List.of(GROUPS, MESSAGES))) {
            RateLimitTable table = new RateLimitTable(rules, POLICIES, properties(Map.of()));
            assertThat(table.policyFor(request("POST", "/messages/groups")).name()).isEqualTo("group-creation");
            assertThat(table.policyFor(request("POST", "/messages/123")).name()).isEqualTo("messages");
            assertThat(table.policyFor(request("GET", "/messages/groups")).name()).isEqualTo("default");
        }
    }

    @Test
    void aRuleForOneMethodBeatsAnyMethodOnTheSamePrefix() {
        RateLimitRule anyMethod = new RateLimitRule("any", "*", "/messages", "default");
        RateLimitTable table = new RateLimitTable(List.of(anyMethod, MESSAGES), POLICIES, properties(Map.of()));
        assertThat(table.policyFor(request("POST", "/messages")).name()).isEqualTo("messages");
        assertThat(table.policyFor(request("PUT", "/messages")).name()).isEqualTo("default");
    }

    @Test
    void twoRulesClaimingTheSameMethodAndPrefixStopTheStart() {
        RateLimitRule twin = RateLimitRule.post("twin", "/messages", "group-creation");
        assertThatThrownBy(() -> new RateLimitTable(List.of(MESSAGES, twin), POLICIES, properties(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twin").hasMessageContaining("/messages");
    }

    @Test
    void aRuleNamingAnUndeclaredPolicyStopsTheStart() {
        RateLimitRule typo = RateLimitRule.post("typo", "/uploads", "upload");
        assertThatThrownBy(() -> new RateLimitTable(List.of(typo), POLICIES, properties(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("upload");
    }

    @Test
    void anOperatorChangesOnePolicysNumbersByNameAndKeepsWhatTheyLeaveOut() {
        RateLimitTable table = new RateLimitTable(List.of(MESSAGES), POLICIES,
                properties(Map.of("messages", new RateLimitProperties.Override(5L, null))));
        RateLimitPolicy messages = table.policyFor(request("POST", "/messages"));
        assertThat(messages.capacity()).isEqualTo(5);
        assertThat(messages.period()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void changingAPolicyNoModuleDeclaresStopsTheStart() {
        assertThatThrownBy(() -> new RateLimitTable(List.of(MESSAGES), POLICIES,
                properties(Map.of("mesages", new RateLimitProperties.Override(5L, null)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mesages");
    }

    private static RateLimitProperties properties(Map<String, RateLimitProperties.Override> overrides) {
        return new RateLimitProperties(true, "", overrides);
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
