package com.mediapatch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.Audience;
import com.mediapatch.ai.internal.CapabilitySettings;
import com.mediapatch.ai.internal.CapabilityStore;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Limits: a member's daily quota, a connection's monthly budget, the prompt size, the audience, and the usage page. */
@IntegrationTest
class QuotaAndBudgetIntegrationTests {

    @Autowired
    AiServices ai;

    @Autowired
    CapabilityStore capabilities;

    @Autowired
    ConnectionStore connections;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aMemberPastTheDailyQuotaIsToldSoAndTheRefusalIsRecorded() {
        CapabilitySettings before = capabilities.get(Capability.TEXT);
        capabilities.save(new CapabilitySettings(Capability.TEXT, true, Audience.MEMBERS, 2, before.timeout(), List.of(CapabilitySettings.LOCAL)));
        AiCaller member = new AiCaller(AccountId.random(), Set.of("ROLE_MEMBER"));
        try {
            ai.chat(member, TextRequest.of("one"));
            ai.chat(member, TextRequest.of("two"));

            assertThatThrownBy(() -> ai.chat(member, TextRequest.of("three"))).isInstanceOfSatisfying(AiRefused.QuotaReached.class, refused -> {
                assertThat(refused.type()).isEqualTo(AiRefused.QUOTA_REACHED);
                assertThat(refused.getMessage()).contains("all 2 of today's");
                assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
            });
            assertThat(ai.chat(AiCaller.SITE, TextRequest.of("the site has no quota")).answeredBy()).isEqualTo("offline (no language model)");
            assertThat(jdbc.sql("select outcome from ai_usage where member_id = ? order by id").param(member.member().value())
                    .query(String.class).list()).containsExactly("ok", "ok", "quota");
        } finally {
            capabilities.save(before);
        }
    }

    @Test
    void aConnectionOverItsMonthlyBudgetIsSkipped() throws Exception {
        CapabilitySettings before = capabilities.get(Capability.EMBEDDINGS);
        try (MockWebServer server = new MockWebServer()) {
            server.start(0);
            server.enqueue(new MockResponse.Builder().body("{\"data\":[{\"index\":0,\"embedding\":[0.5,0.5]}],\"usage\":{\"prompt_tokens\":1000}}").build());
            // One cent of budget, a cent per 1k tokens: the first call spends it all.
            AiConnection paid = connections.add(new ConnectionDraft("Paid", ConnectionKind.OPENAI_COMPATIBLE, server.url("/v1").toString(),
                    "", "embed", "", 1, 10_000), Instant.now());
            capabilities.save(before.withChain(List.of(paid.linkKey(), CapabilitySettings.LOCAL)));
            try {
                AiAnswer<List<float[]>> first = ai.embed(AiCaller.SITE, List.of("first"));
                AiAnswer<List<float[]>> second = ai.embed(AiCaller.SITE, List.of("second"));

                assertThat(first.answeredBy()).isEqualTo("Paid");
                assertThat(second.skipped()).containsExactly("Paid is over its monthly budget");
                assertThat(second.value().get(0)).hasSize(384);
                assertThat(server.getRequestCount()).isEqualTo(1);
            } finally {
                connections.delete(paid.id());
            }
        } finally {
            capabilities.save(before);
        }
    }

    @Test
    void aPromptOverTheLimitIsRefusedBeforeAnyLinkIsAsked() {
        AiCaller member = new AiCaller(AccountId.random(), Set.of("ROLE_MEMBER"));

        assertThatThrownBy(() -> ai.chat(member, TextRequest.of("x".repeat(8001)))).isInstanceOf(AiRefused.PromptTooLong.class);
        assertThat(jdbc.sql("select outcome from ai_usage where member_id = ?").param(member.member().value()).query(String.class).list())
                .containsExactly("too-long");
    }

    @Test
    void aCapabilityForGodsOnlyIsNeitherOfferedNorAnsweredToMembers() {
        CapabilitySettings before = capabilities.get(Capability.CLASSIFICATION);
        capabilities.save(new CapabilitySettings(Capability.CLASSIFICATION, true, Audience.GODS, 0, before.timeout(), before.chain()));
        AiCaller member = new AiCaller(AccountId.random(), Set.of("ROLE_MEMBER"));
        try {
            assertThat(ai.offers(member, Capability.CLASSIFICATION)).isFalse();
            assertThatThrownBy(() -> ai.classify(member, "text", List.of(new LabelChoice("a", "a"), new LabelChoice("b", "b"))))
                    .isInstanceOf(AiRefused.CapabilityOff.class);
        } finally {
            capabilities.save(before);
        }
    }

    @Test
    void aCapabilityForModeratorsAnswersThemAndRefusesOtherMembers() {
        CapabilitySettings before = capabilities.get(Capability.CLASSIFICATION);
        capabilities.save(new CapabilitySettings(Capability.CLASSIFICATION, true, Audience.MODERATORS, 0, before.timeout(),
                before.chain()));
        AiCaller member = new AiCaller(AccountId.random(), Set.of("ROLE_MEMBER"));
        AiCaller moderator = new AiCaller(AccountId.random(), Set.of("ROLE_MEMBER", "ROLE_MODERATOR"));
        List<LabelChoice> labels = List.of(new LabelChoice("spam", "buy cheap followers now"), new LabelChoice("ok", "a band rehearsal"));
        try {
            assertThat(ai.offers(moderator, Capability.CLASSIFICATION)).isTrue();
            assertThat(ai.classify(moderator, "cheap followers, buy now", labels).value().get(0).name()).isEqualTo("spam");
            assertThat(ai.offers(member, Capability.CLASSIFICATION)).isFalse();
            assertThatThrownBy(() -> ai.classify(member, "cheap followers, buy now", labels))
                    .isInstanceOf(AiRefused.CapabilityOff.class);
        } finally {
            capabilities.save(before);
        }
    }

    @Test
    void membersSeeTheirOwnUsageAndWhereTheirInputGoes() throws Exception {
        String email = accounts.verifiedMember("Usage reader");
        Cookie session = accounts.signIn(email);
        AiCaller member = new AiCaller(accounts.accountId(email), Set.of("ROLE_MEMBER"));
        ai.chat(member, TextRequest.of("hello"));

        mvc.perform(get(AiRoutes.MY_USAGE).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Text and chat · runs on this server")))
                .andExpect(content().string(containsString("<td data-label=\"Requests answered\">1</td>")));
        mvc.perform(get(AiRoutes.MY_USAGE)).andExpect(status().is3xxRedirection());
    }
}
