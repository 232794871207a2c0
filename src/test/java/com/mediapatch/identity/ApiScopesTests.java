package com.mediapatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiScopesTests {

    static final ApiScope SOCIAL_READ = new ApiScope("social:read", "See your friends");
    static final ApiScope MESSAGES_READ = new ApiScope("messages:read", "Read your messages");

    @Test
    void listsEveryDeclaredScopeByValueAndFindsThem() {
        ApiScopes scopes = new ApiScopes(List.of(SOCIAL_READ, MESSAGES_READ));
        assertThat(scopes.all()).containsExactly(MESSAGES_READ, SOCIAL_READ);
        assertThat(scopes.find("social:read")).contains(SOCIAL_READ);
        assertThat(scopes.find("social:write")).isEmpty();
        assertThat(SOCIAL_READ.authority()).isEqualTo("SCOPE_social:read");
    }

    @Test
    void aScopeDeclaredTwiceOrNamedButNeverDeclaredIsAProgrammingError() {
        assertThatThrownBy(() -> new ApiScopes(List.of(SOCIAL_READ, new ApiScope("social:read", "again"))))
                .hasMessageContaining("social:read");
        assertThatThrownBy(() -> new ApiScopes(List.of(SOCIAL_READ)).require("social:write"))
                .hasMessageContaining("social:write");
    }

    @Test
    void scopesAreNamedAreaColonReadOrWrite() {
        assertThatThrownBy(() -> new ApiScope("Social", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiScope("social:delete", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
