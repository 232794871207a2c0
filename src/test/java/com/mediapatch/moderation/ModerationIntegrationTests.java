package com.mediapatch.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.SocialCoreFakes;
import com.mediapatch.SocialCoreFakes.FakeMessages;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class ModerationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    FakeMessages messages;

    @Autowired
    Profiles profiles;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportsAreValidatedAndNothingIsStoredWhenRefused() throws Exception {
        String email = accounts.verifiedMember("Careful Reporter");
        AccountId me = accounts.accountId(email);
        Cookie session = accounts.signIn(email);
        String target = handleOf(accounts.accountId(accounts.verifiedMember("Someone Else")));

        report(session, "MEMBER", "@nobody-" + UUID.randomUUID().toString().substring(0, 8), "SPAM", "")
                .andExpect(status().isNotFound());
        report(session, "MEMBER", "@" + handleOf(me), "SPAM", "").andExpect(status().isUnprocessableContent());
        report(session, "MEMBER", "@" + target, "SPAM", "x".repeat(1001)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use at most 1000 characters.")))
                .andExpect(content().string(containsString("value=\"SPAM\" checked")));
        report(session, "MEMBER", "@" + target, "", "no category").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose what is wrong.")))
                .andExpect(content().string(containsString("no category")));
        UUID strangers = messages.conversation(accounts.accountId(accounts.verifiedMember("Stranger A")));
        UUID message = messages.message(strangers, accounts.accountId(accounts.verifiedMember("Stranger B")), "private");
        report(session, "MESSAGE", message.toString(), "SPAM", "").andExpect(status().isNotFound());
        report(session, "CONVERSATION", strangers.toString(), "SPAM", "").andExpect(status().isNotFound());
        mvc.perform(get(ModerationRoutes.reportMessage(message)).cookie(session)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from moderation_report where reporter = ?", Long.class, me.value())).isZero();
    }

    @Test
    void reportsOnOneTargetJoinItsCaseAndRepeatsAfterADismissalAreFoldedIntoTheClosedCase() throws Exception {
        AccountId reported = accounts.accountId(accounts.verifiedMember("Much Reported"));
        String handle = handleOf(reported);
        String firstEmail = accounts.verifiedMember("First Reporter");
        Cookie first = accounts.signIn(firstEmail);
        Cookie second = accounts.signIn(accounts.verifiedMember("Second Reporter"));
        Cookie third = accounts.signIn(accounts.verifiedMember("Third Reporter"));

        report(first, "MEMBER", "@" + handle, "SPAM", "buy my album").andExpect(redirectedUrl("/"));
        report(second, "MEMBER", "@" + handle, "HARASSMENT", "").andExpect(redirectedUrl("/"));

        assertThat(casesOf(reported)).hasSize(1);
        UUID caseId = casesOf(reported).get(0);
        Cookie moderator = moderator("Queue Keeper");
        mvc.perform(get(ModerationRoutes.QUEUE).cookie(moderator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 reports")))
                .andExpect(content().string(containsString("Harassment or bullying × 1")));

        resolve(moderator, caseId, "DISMISS", "not spam, just enthusiastic", "", "")
                .andExpect(redirectedUrl(ModerationRoutes.QUEUE));
        report(third, "MEMBER", "@" + handle, "SPAM", "again").andExpect(redirectedUrl("/"));

        assertThat(casesOf(reported)).containsExactly(caseId);
        assertThat(jdbc.queryForObject("select count(*) from moderation_report where case_id = ?", Long.class, caseId)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select status from moderation_case where id = ?", String.class, caseId)).isEqualTo("CLOSED");
        mvc.perform(get(ModerationRoutes.QUEUE).cookie(moderator)).andExpect(content().string(not(containsString(caseId.toString()))));
        awaitNotification(accounts.accountId(firstEmail), "we reviewed your report and found no rule broken");
    }

    @Test
    void onlyModeratorsSeeTheQueueAndCases() throws Exception {
        Cookie member = accounts.signIn(accounts.verifiedMember("Plain Member"));
        mvc.perform(get(ModerationRoutes.QUEUE).cookie(member)).andExpect(status().isForbidden());
        mvc.perform(get(ModerationRoutes.QUEUE)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post(ModerationRoutes.moderationCase(UUID.randomUUID()) + "/resolve").with(csrf()).cookie(member)
                .param("action", "DISMISS").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(get(ModerationRoutes.QUEUE).cookie(moderator("Real Moderator"))).andExpect(status().isOk());
    }

    @Test
    void hidingAReportedMessageIsAuditedWithEveryLookAndTheReporterHearsActionWasTaken() throws Exception {
        String reporterEmail = accounts.verifiedMember("Message Reporter");
        AccountId reporter = accounts.accountId(reporterEmail);
        AccountId author = accounts.accountId(accounts.verifiedMember("Rude Author"));
        UUID conversation = messages.conversation(reporter, author);
        UUID message = messages.message(conversation, author, "you play like a goat");
        Cookie session = accounts.signIn(reporterEmail);
        mvc.perform(get(ModerationRoutes.reportMessage(message)).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A message by Rude Author")));
        report(session, "MESSAGE", message.toString(), "HARASSMENT", "rude").andExpect(redirectedUrl("/"));
        UUID caseId = casesOfTarget(message).get(0);
        Cookie moderator = moderator("Message Moderator");

        mvc.perform(get(ModerationRoutes.moderationCase(caseId)).cookie(moderator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("you play like a goat")))
                .andExpect(content().string(containsString("first draft: you play like a goat")));
        mvc.perform(post(ModerationRoutes.moderationCase(caseId) + "/claim").with(csrf()).cookie(moderator))
                .andExpect(redirectedUrl(ModerationRoutes.moderationCase(caseId)));
        mvc.perform(post(ModerationRoutes.moderationCase(caseId) + "/claim").with(csrf()).cookie(moderator("Late Moderator")))
                .andExpect(status().isConflict());
        mvc.perform(post(ModerationRoutes.moderationCase(caseId) + "/notes").with(csrf()).cookie(moderator)
                .param("text", "clear insult")).andExpect(redirectedUrl(ModerationRoutes.moderationCase(caseId)));
        resolve(moderator, caseId, "HIDE_MESSAGE", "insult", "", "").andExpect(redirectedUrl(ModerationRoutes.QUEUE));

        assertThat(messages.hidden(message)).isTrue();
        awaitAudit("moderation.content-viewed", "message:" + message);
        awaitAudit("moderation.case-claimed", "case:" + caseId);
        AuditEntry resolved = awaitAudit("moderation.case-resolved", "case:" + caseId);
        assertThat(resolved.reason()).isEqualTo("insult");
        assertThat(resolved.details()).containsEntry("action", "HIDE_MESSAGE");
        awaitNotification(reporter, "we reviewed your report and took action");
        assertThat(jdbc.queryForList("select text from notifications_notification where recipient = ?", String.class,
                reporter.value())).noneMatch(text -> text.contains("hid"));
    }

    @Test
    void aWarnedMemberReadsTheWarning() throws Exception {
        AccountId warned = accounts.accountId(accounts.verifiedMember("Warned Member"));
        report(accounts.signIn(accounts.verifiedMember("Warn Reporter")), "MEMBER", "@" + handleOf(warned), "SPAM", "");
        UUID caseId = casesOf(warned).get(0);
        Cookie moderator = moderator("Warning Moderator");

        resolve(moderator, caseId, "WARN", "spam links", "", "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Write the warning the member will read.")));
        resolve(moderator, caseId, "WARN", "spam links", "Please stop posting links to your shop.", "")
                .andExpect(redirectedUrl(ModerationRoutes.QUEUE));

        awaitNotification(warned, "Please stop posting links to your shop.");
    }

    @Test
    void aModeratorCanSuspendTheReportedMember() throws Exception {
        String email = accounts.verifiedMember("Suspended Spammer");
        AccountId spammer = accounts.accountId(email);
        report(accounts.signIn(accounts.verifiedMember("Suspend Reporter")), "MEMBER", "@" + handleOf(spammer), "SPAM", "");
        UUID caseId = casesOf(spammer).get(0);

        resolve(moderator("Suspending Moderator"), caseId, "SUSPEND", "spam wave", "", "3")
                .andExpect(redirectedUrl(ModerationRoutes.QUEUE));

        assertThat(accounts.signsIn(email)).isFalse();
        assertThat(awaitAudit("moderation.case-resolved", "case:" + caseId).details()).containsEntry("days", "3");
    }

    @Test
    void onlyGodSuspendsAModerator() throws Exception {
        String email = accounts.verifiedMember("Reported Moderator");
        accounts.assignRole(email, "moderator");
        AccountId reported = accounts.accountId(email);
        report(accounts.signIn(accounts.verifiedMember("Moderator Reporter")), "MEMBER", "@" + handleOf(reported), "HARASSMENT", "");
        UUID caseId = casesOf(reported).get(0);

        resolve(moderator("Ambitious Moderator"), caseId, "SUSPEND", "rival", "", "3");

        assertThat(jdbc.queryForObject("select count(*) from identity_account where id = ? and suspended_until is not null",
                Integer.class, reported.value())).isZero();
    }

    @Test
    void theApiTakesReportsFromTokenHolders() throws Exception {
        String email = accounts.verifiedMember("Api Reporter");
        AccountId target = accounts.accountId(accounts.verifiedMember("Api Reported"));
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");

        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"MEMBER\", \"target\": \"" + handleOf(target) + "\", \"category\": \"IMPERSONATION\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists());
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"CONVERSATION\", \"target\": \"" + UUID.randomUUID() + "\", \"category\": \"SPAM\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/report-target-not-found"));
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"MEMBER\", \"target\": \"x\", \"category\": \"SPAM\"}")).andExpect(status().isUnauthorized());

        assertThat(casesOf(target)).hasSize(1);
    }

    @Test
    void profilesOfferAReportLinkToOtherSignedInMembersOnly() throws Exception {
        String ownerEmail = accounts.verifiedMember("Profile Owner");
        AccountId owner = accounts.accountId(ownerEmail);
        // The profile is made by an asynchronous listener right after sign-up.
        String path = await().atMost(Duration.ofSeconds(10)).until(() -> profiles.of(owner), Optional::isPresent).orElseThrow().path();

        mvc.perform(get(path).cookie(accounts.signIn(accounts.verifiedMember("Profile Visitor"))))
                .andExpect(content().string(containsString(ModerationRoutes.NEW_REPORT + "?member=")));
        mvc.perform(get(path).cookie(accounts.signIn(ownerEmail)))
                .andExpect(content().string(not(containsString(ModerationRoutes.NEW_REPORT))));
    }

    private org.springframework.test.web.servlet.ResultActions report(Cookie session, String type, String target,
            String category, String comment) throws Exception {
        return mvc.perform(post(ModerationRoutes.REPORTS).with(csrf()).cookie(session).param("type", type)
                .param("target", target).param("category", category).param("comment", comment));
    }

    private org.springframework.test.web.servlet.ResultActions resolve(Cookie moderator, UUID caseId, String action,
            String reason, String warning, String days) throws Exception {
        return mvc.perform(post(ModerationRoutes.moderationCase(caseId) + "/resolve").with(csrf()).cookie(moderator)
                .param("action", action).param("reason", reason).param("warning", warning).param("days", days));
    }

    private Cookie moderator(String name) throws Exception {
        String email = accounts.verifiedMember(name);
        accounts.assignRole(email, "moderator");
        String secret = accounts.enrolAuthenticator(accounts.signIn(email));
        return accounts.signInWithCode(email, secret);
    }

    private String handleOf(AccountId account) {
        return profiles.of(account).orElseThrow().handle();
    }

    private List<UUID> casesOf(AccountId member) {
        return casesOfTarget(member.value());
    }

    private List<UUID> casesOfTarget(UUID target) {
        return jdbc.queryForList("select id from moderation_case where target_id = ?", UUID.class, target);
    }

    private AuditEntry awaitAudit(String action, String target) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> audit.entries(new AuditQuery(action, null, target, null, null, null, 10)).entries(),
                found -> !found.isEmpty()).get(0);
    }

    private void awaitNotification(AccountId recipient, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "select text from notifications_notification where recipient = ? and kind = 'moderation-outcome'",
                String.class, recipient.value()), found -> found.stream().anyMatch(t -> t.contains(text)));
    }
}
