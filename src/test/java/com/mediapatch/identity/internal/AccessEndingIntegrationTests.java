package com.mediapatch.identity.internal;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountAdministration;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.Member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every action that ends a member's access, through the operation that really does it: which of the member's
 * two web sessions, refresh token and personal token are still alive afterwards is written out per action, so a
 * change to the rule in EndAccessReason, or a path that stops going through it, fails here.
 */
@IntegrationTest
class AccessEndingIntegrationTests {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    MemberSessions sessions;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    ApiScopes scopes;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountRestrictions restrictions;
    @Autowired
    RoleAssignments roles;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    PasswordReset passwordReset;
    @Autowired
    EmailChange emailChange;
    @Autowired
    AccountTokens tokens;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOutOfTheTest() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void godEndingTheSessionsEndsEverything() throws Exception {
        Holdings held = holdings("God ends sessions");
        actingWith("ROLE_GOD");
        administration.endSessions(held.account);
        held.expect(false, false, false, false);
    }

    @Test
    void aBanEndsEverythingAndLiftingItBringsNothingBack() throws Exception {
        Holdings held = holdings("Banned");
        restrictions.restrict(held.account, null, "spam", held.account);
        restrictions.lift(held.account, held.account);
        held.expect(false, false, false, false);
    }

    @Test
    void aSuspensionEndsEverythingAndLiftingItBringsNothingBack() throws Exception {
        Holdings held = holdings("Suspended");
        restrictions.restrict(held.account, Instant.now().plus(1, ChronoUnit.DAYS), "cooling off", held.account);
        restrictions.lift(held.account, held.account);
        held.expect(false, false, false, false);
    }

    @Test
    void aPasswordResetEndsEverything() throws Exception {
        Holdings held = holdings("Reset");
        passwordReset.complete(link(held, AccountToken.Purpose.RESET_PASSWORD, null), "a brand new reset passphrase");
        held.expect(false, false, false, false);
    }

    @Test
    void godResettingTheSecondFactorsEndsEverything() throws Exception {
        Holdings held = holdings("Second factors reset");
        actingWith("ROLE_GOD");
        administration.resetSecondFactors(held.account);
        held.expect(false, false, false, false);
    }

    @Test
    void takingARoleAwayEndsEverything() throws Exception {
        Holdings held = holdings("Demoted");
        accounts.assignRole(held.email, "moderator");
        roles.revoke(actingWith("roles.assign"), held.account, "moderator");
        held.expect(false, false, false, false);
    }

    @Test
    void givingARoleEndsTheWebSessionsOnly() throws Exception {
        Holdings held = holdings("Promoted");
        roles.grant(actingWith("roles.assign"), held.email, "moderator");
        held.expect(false, false, true, true);
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndThePersonalTokens() throws Exception {
        Holdings held = holdings("Own password");
        int ended = passwordChange.change(held.account, PASSWORD, "another long passphrase here", held.hereId());
        assertThat(ended).isEqualTo(1);
        held.expect(true, false, false, true);
    }

    @Test
    void changingTheOwnAddressKeepsThisSessionAndThePersonalTokens() throws Exception {
        Holdings held = holdings("Own address");
        emailChange.confirm(held.account, link(held, AccountToken.Purpose.CHANGE_EMAIL, AccountFixtures.newEmail()),
                held.hereId());
        held.expect(true, false, false, true);
    }

    @Test
    void turningOnAnAuthenticatorKeepsThisSessionAndThePersonalTokens() throws Exception {
        Holdings held = holdings("Own authenticator");
        accounts.enrolAuthenticator(held.here);
        held.expect(true, false, false, true);
    }

    /** Two signed-in browsers, a signed-in app (refresh token) and a personal token, all working. */
    private Holdings holdings(String name) throws Exception {
        String email = accounts.verifiedMember(name);
        AccountId account = accounts.accountId(email);
        Holdings held = new Holdings(email, account, accounts.signIn(email), accounts.signIn(email),
                apiTokens.issue(account).refreshToken(),
                personalTokens.create(account, "script", List.of(scopes.require("profile:read")), 7));
        held.expect(true, true, true, true);
        return held;
    }

    /** The token of a mailed link, as the mail would carry it. */
    private String link(Holdings held, AccountToken.Purpose purpose, String newEmail) {
        return new TransactionTemplate(transactions).execute(status -> tokens.issue(held.account.value(), purpose, newEmail));
    }

    private static Member actingWith(String authority) {
        AccountId actor = AccountId.random();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor.toString(), "", authority));
        return new Member(actor, "actor@example.com", true, "", Set.of(authority));
    }

    private final class Holdings {

        final String email;
        final AccountId account;
        final Cookie here;
        final Cookie elsewhere;
        String refreshToken;
        final String personalToken;

        Holdings(String email, AccountId account, Cookie here, Cookie elsewhere, String refreshToken, String personalToken) {
            this.email = email;
            this.account = account;
            this.here = here;
            this.elsewhere = elsewhere;
            this.refreshToken = refreshToken;
            this.personalToken = personalToken;
        }

        String hereId() {
            return idOf(here);
        }

        void expect(boolean hereAlive, boolean elsewhereAlive, boolean refreshAlive, boolean personalAlive) {
            List<String> open = sessions.of(account, null).stream().map(MemberSessions.SessionView::handle).toList();
            assertThat(open.contains(MemberSessions.handle(idOf(here)))).as("the session the member acted from")
                    .isEqualTo(hereAlive);
            assertThat(open.contains(MemberSessions.handle(idOf(elsewhere)))).as("another session").isEqualTo(elsewhereAlive);
            if (refreshAlive) {
                refreshToken = apiTokens.refresh(refreshToken).refreshToken();
            } else {
                assertThatThrownBy(() -> apiTokens.refresh(refreshToken)).as("the refresh token")
                        .isInstanceOf(ApiTokenProblems.class);
            }
            assertThat(personalTokens.authenticate(personalToken)).as("the personal token").matches(
                    found -> found.isPresent() == personalAlive);
        }
    }

    /** The id Spring Session gave the session, which its cookie carries in Base64. */
    private static String idOf(Cookie session) {
        return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
    }
}
