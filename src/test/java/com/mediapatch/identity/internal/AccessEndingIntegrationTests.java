package com.mediapatch.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.EndAccessReason;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each reason ends exactly what its rule in EndAccessReason says. */
@IntegrationTest
class AccessEndingIntegrationTests {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    AccessEnding access;
    @Autowired
    MemberSessions sessions;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    ApiScopes scopes;

    @ParameterizedTest
    @EnumSource(EndAccessReason.class)
    void eachReasonEndsWhatItsRuleSays(EndAccessReason reason) throws Exception {
        String email = accounts.verifiedMember("Access " + reason.name().toLowerCase().replace('_', ' '));
        AccountId member = accounts.accountId(email);
        accounts.signIn(email);
        ApiTokens.TokenPair pair = apiTokens.issue(member);
        String personal = personalTokens.create(member, "script", List.of(scopes.require("profile:read")), 7);
        assertThat(sessions.of(member, null)).isNotEmpty();

        int ended = access.end(member, reason);

        assertThat(ended > 0).isEqualTo(reason.endsWebSessions());
        assertThat(sessions.of(member, null).isEmpty()).isEqualTo(reason.endsWebSessions());
        if (reason.endsRefreshTokens()) {
            assertThatThrownBy(() -> apiTokens.refresh(pair.refreshToken())).isInstanceOf(ApiTokenProblems.class);
        }
        assertThat(personalTokens.authenticate(personal).isEmpty()).isEqualTo(reason.endsPersonalTokens());
    }
}
