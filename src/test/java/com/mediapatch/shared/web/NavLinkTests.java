package com.mediapatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class NavLinkTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyoneSeesPublicEntriesAndOnlyMembersSeeMembersEntries() {
        MockHttpServletRequest visitor = new MockHttpServletRequest();
        assertThat(NavLink.Audience.everyone().admits(visitor)).isTrue();
        assertThat(NavLink.Audience.signedInMembers().admits(visitor)).isFalse();
        assertThat(NavLink.Audience.signedInMembers().admits(member())).isTrue();
    }

    @Test
    void anAuthoritysEntryIsSeenByItsHoldersOnly() {
        NavLink.Audience moderators = NavLink.Audience.holdersOf("moderation.review");
        assertThat(moderators.admits(member())).isFalse();
        assertThat(moderators.admits(member("moderation.review"))).isTrue();
        assertThat(NavLink.Audience.holdersOf("ROLE_GOD").admits(member("moderation.review"))).isFalse();
    }

    @Test
    void theShellOrdersEntriesByTheirOrderNotByDeclaration() {
        NavLink late = new NavLink("Later", "/later", 90, NavLink.Audience.everyone());
        NavLink early = new NavLink("Earlier", "/earlier", 10, NavLink.Audience.everyone());
        Shell shell = Shell.forRequest(new MockHttpServletRequest()).withNavigation(List.of(), List.of(), List.of(late, early));
        assertThat(shell.mainNav()).containsExactly(early, late);
    }

    private static MockHttpServletRequest member(String... authorities) {
        TestingAuthenticationToken authentication = new TestingAuthenticationToken("member", "", authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setUserPrincipal(authentication);
        return request;
    }
}
