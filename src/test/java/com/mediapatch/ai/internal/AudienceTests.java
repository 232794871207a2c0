package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AudienceTests {

    private static final Set<String> MEMBER = Set.of("ROLE_MEMBER");
    private static final Set<String> MODERATOR = Set.of("ROLE_MEMBER", "ROLE_MODERATOR", "moderation.review");
    private static final Set<String> ADMIN = Set.of("ROLE_MEMBER", "ROLE_ADMIN");
    private static final Set<String> GOD = Set.of("ROLE_MEMBER", "ROLE_GOD");

    @Test
    void eachAudienceLetsInItsRolesAndGodAlways() {
        assertThat(Audience.MEMBERS.admits(MEMBER)).isTrue();
        assertThat(Audience.MODERATORS.admits(MEMBER)).isFalse();
        assertThat(Audience.MODERATORS.admits(MODERATOR)).isTrue();
        assertThat(Audience.MODERATORS.admits(ADMIN)).isTrue();
        assertThat(Audience.ADMINS.admits(MODERATOR)).isFalse();
        assertThat(Audience.ADMINS.admits(ADMIN)).isTrue();
        assertThat(Audience.GODS.admits(ADMIN)).isFalse();
        assertThat(Set.of(Audience.values())).allSatisfy(audience -> assertThat(audience.admits(GOD)).isTrue());
    }
}
