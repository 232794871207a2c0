package com.mediapatch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.ai.internal.CapabilitySettings;
import com.mediapatch.ai.internal.CapabilityStore;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.godmode.AuditTrail;
import com.mediapatch.godmode.GodModeTest;
import com.mediapatch.godmode.Gods;
import com.mediapatch.identity.AccountFixtures;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** God Mode's AI panel: only God sees it, keys stay sealed and masked everywhere, chains reorder, changes are audited. */
@GodModeTest
class GodAiPanelIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Gods gods;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectionStore connections;

    @Autowired
    CapabilityStore capabilities;

    @Test
    void membersAndVisitorsDoNotFindThePanel() throws Exception {
        Cookie member = accounts.signIn(accounts.verifiedMember("Not a god"));

        mvc.perform(get(AiRoutes.GOD).cookie(member)).andExpect(status().isNotFound());
        mvc.perform(post(AiRoutes.CONNECTIONS).with(csrf()).cookie(member).param("name", "x")).andExpect(status().isNotFound());
        mvc.perform(get(AiRoutes.tryIt(Capability.TEXT)).cookie(member)).andExpect(status().isNotFound());
        mvc.perform(get(AiRoutes.GOD)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aKeyIsSealedInItsRowMaskedOnThePageAndKeptOutOfTheAuditLog() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        String key = "sk-secret-" + UUID.randomUUID();

        mvc.perform(post(AiRoutes.CONNECTIONS).with(csrf()).cookie(god).param("name", "Sealed test").param("kind", "OPENAI")
                .param("baseUrl", "https://api.openai.com/v1").param("textModel", "gpt-4o-mini").param("embeddingModel", "")
                .param("key", key).param("monthlyBudget", "25").param("pricePerUnit", "0.0006"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("mediapatch.toasts", org.hamcrest.Matchers.hasToString(containsString("switched off"))));

        String row = jdbc.sql("select id, api_key, has_key, enabled, monthly_budget_cents, price_micros_per_unit from ai_connection where name = ?")
                .param("Sealed test").query((rs, n) -> rs.getObject(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|"
                        + rs.getBoolean(4) + "|" + rs.getLong(5) + "|" + rs.getLong(6)).single();
        assertThat(row).doesNotContain(key).endsWith("|true|false|2500|600");
        UUID id = UUID.fromString(row.substring(0, row.indexOf('|')));
        mvc.perform(get(AiRoutes.GOD).cookie(god)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sealed test"))).andExpect(content().string(containsString("(set)")))
                .andExpect(content().string(not(containsString(key))));
        mvc.perform(get(AiRoutes.connection(id)).cookie(god)).andExpect(status().isOk()).andExpect(content().string(not(containsString(key))));
        AuditEntry added = audit.awaitEntry("ai.connection-added", "ai-connection:" + id);
        assertThat(added.details()).containsEntry("key", "changed");
        assertThat(added.body()).doesNotContain(key);

        connections.delete(id);
    }

    @Test
    void testConnectionShowsTheProvidersErrorOrItsLatency() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        try (MockWebServer server = new MockWebServer()) {
            server.start(0);
            server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"Invalid API key\"}}").build());
            server.enqueue(new MockResponse.Builder().body("{\"data\":[{\"id\":\"tiny\"}]}").build());
            UUID id = addStub(god, server.url("/v1").toString());

            mvc.perform(post(AiRoutes.connection(id) + "/test").with(csrf()).cookie(god))
                    .andExpect(flash().attribute("mediapatch.toasts", org.hamcrest.Matchers.hasToString(containsString("refused the key: HTTP 401 (Invalid API key)"))));
            mvc.perform(post(AiRoutes.connection(id) + "/test").with(csrf()).cookie(god))
                    .andExpect(flash().attribute("mediapatch.toasts", org.hamcrest.Matchers.hasToString(containsString("1 model offered"))));
            connections.delete(id);
        }
    }

    @Test
    void theChainIsReorderedWithTheButtonsAndTheChangeAudited() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        CapabilitySettings before = capabilities.get(Capability.EMBEDDINGS);
        UUID id = addStub(god, "http://127.0.0.1:9/v1");
        try {
            mvc.perform(post(AiRoutes.capability(Capability.EMBEDDINGS) + "/chain").with(csrf()).cookie(god)
                    .param("edit", "add").param("link", id.toString())).andExpect(status().is3xxRedirection());
            mvc.perform(post(AiRoutes.capability(Capability.EMBEDDINGS) + "/chain").with(csrf()).cookie(god)
                    .param("edit", "up").param("index", "1")).andExpect(status().is3xxRedirection());

            assertThat(capabilities.get(Capability.EMBEDDINGS).chain()).containsExactly(id.toString(), CapabilitySettings.LOCAL);
            assertThat(audit.awaitEntry("ai.chain-changed", "capability:embeddings").details())
                    .containsEntry("chain", id + ",local");
        } finally {
            capabilities.save(before);
            connections.delete(id);
        }
    }

    @Test
    void aDraggedOrderIsSavedWholeAndAnythingButTheSameLinksIsIgnored() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        CapabilitySettings before = capabilities.get(Capability.EMBEDDINGS);
        UUID id = addStub(god, "http://127.0.0.1:9/v1");
        capabilities.save(before.withChain(List.of(CapabilitySettings.LOCAL, id.toString())));
        try {
            mvc.perform(post(AiRoutes.capability(Capability.EMBEDDINGS) + "/chain").with(csrf()).cookie(god)
                    .param("edit", "order").param("order", id.toString(), CapabilitySettings.LOCAL))
                    .andExpect(status().is3xxRedirection());
            assertThat(capabilities.get(Capability.EMBEDDINGS).chain()).containsExactly(id.toString(), CapabilitySettings.LOCAL);

            for (List<String> forged : List.of(List.of(id.toString()), List.of(id.toString(), id.toString()),
                    List.of(id.toString(), CapabilitySettings.LOCAL, UUID.randomUUID().toString()))) {
                mvc.perform(post(AiRoutes.capability(Capability.EMBEDDINGS) + "/chain").with(csrf()).cookie(god)
                        .param("edit", "order").param("order", forged.toArray(String[]::new)));
                assertThat(capabilities.get(Capability.EMBEDDINGS).chain()).containsExactly(id.toString(), CapabilitySettings.LOCAL);
            }
        } finally {
            capabilities.save(before);
            connections.delete(id);
        }
    }

    @Test
    void tryItShowsWhichLinkAnsweredAndWhyEarlierOnesWereSkipped() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        CapabilitySettings before = capabilities.get(Capability.TEXT);
        UUID id = addStub(god, "http://127.0.0.1:9/v1");
        mvc.perform(post(AiRoutes.connection(id) + "/switch").with(csrf()).cookie(god).param("on", "false"));
        capabilities.save(before.withChain(List.of(id.toString(), CapabilitySettings.LOCAL)));
        try {
            mvc.perform(post(AiRoutes.tryIt(Capability.TEXT)).with(csrf()).cookie(god).param("prompt", "Hello <b>there</b>"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Answered by <strong>offline (no language model)</strong>")))
                    .andExpect(content().string(containsString("Stub is switched off")))
                    .andExpect(content().string(containsString("Hello &lt;b&gt;there&lt;/b&gt;")));
        } finally {
            capabilities.save(before);
            connections.delete(id);
        }
    }

    @Test
    void musicIsComposedOfflineAndPlayedFromItsOwnAddressToItsComposerOnly() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        String page = mvc.perform(post(AiRoutes.tryIt(Capability.MUSIC)).with(csrf()).cookie(god)
                        .param("prompt", "slow doom riff in D minor").param("seconds", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answered by <strong>in-process composer</strong>")))
                .andExpect(content().string(containsString("D minor · 48 bpm · 2 bars · doom")))
                .andReturn().getResponse().getContentAsString();
        String recording = page.replaceAll("(?s).*<audio[^>]* src=\"([^\"]+/)composition\\.wav\".*", "$1");
        assertThat(recording).startsWith(AiRoutes.TRY_FILES + "/");

        MvcResult wav = mvc.perform(get(recording + "composition.wav").cookie(god)).andExpect(status().isOk())
                .andExpect(content().contentType("audio/wav")).andReturn();
        byte[] sound = wav.getResponse().getContentAsByteArray();
        assertThat(new String(sound, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        mvc.perform(get(recording + "composition.wav").cookie(god).header("Range", "bytes=0-99")).andExpect(status().isPartialContent())
                .andExpect(content().bytes(java.util.Arrays.copyOf(sound, 100)));
        MvcResult midi = mvc.perform(get(recording + "composition.mid").cookie(god)).andExpect(status().isOk())
                .andExpect(content().contentType("audio/midi")).andReturn();
        assertThat(new String(midi.getResponse().getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("MThd");
        assertThat(midi.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        Cookie member = accounts.signIn(accounts.verifiedMember("Not the composer"));
        mvc.perform(get(recording + "composition.wav").cookie(member)).andExpect(status().isNotFound());
        mvc.perform(get(AiRoutes.triedFile(UUID.randomUUID(), "composition.wav")).cookie(god)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select outcome from ai_usage where capability = 'MUSIC' order by id desc").query(String.class)
                .list()).first().isEqualTo("ok");
    }

    @Test
    void aRecordingIsSplitIntoItsSustainedAndStruckPartsAndAnythingButWavIsRefusedClearly() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        String page = mvc.perform(multipart(AiRoutes.tryIt(Capability.STEMS)).file(new MockMultipartFile("audio", "take.wav",
                        "audio/wav", com.mediapatch.ai.internal.TestRecordings.toneWithClicks(2))).with(csrf()).cookie(god))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answered by <strong>in-process stem separation</strong>")))
                .andExpect(content().string(containsString("Sustained part (harmonic)")))
                .andReturn().getResponse().getContentAsString();
        String harmonic = page.replaceAll("(?s).*<audio[^>]* src=\"([^\"]+/harmonic\\.wav)\".*", "$1");
        MvcResult part = mvc.perform(get(harmonic).cookie(god)).andExpect(status().isOk())
                .andExpect(content().contentType("audio/wav")).andReturn();
        assertThat(new String(part.getResponse().getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");

        mvc.perform(multipart(AiRoutes.tryIt(Capability.STEMS)).file(new MockMultipartFile("audio", "take.mp3", "audio/mpeg",
                        "ID3 not really an mp3".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).with(csrf()).cookie(god))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only WAV recordings (PCM) can be separated.")));
        mvc.perform(multipart(AiRoutes.tryIt(Capability.STEMS)).with(csrf()).cookie(god))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a WAV recording to separate.")));
        assertThat(jdbc.sql("select outcome from ai_usage where capability = 'STEMS' order by id desc").query(String.class)
                .list()).startsWith("unsupported-audio", "ok");
    }

    @Test
    void musicOfALengthNotOfferedIsRefusedWithTheDescriptionKept() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        mvc.perform(post(AiRoutes.tryIt(Capability.MUSIC)).with(csrf()).cookie(god).param("prompt", "bright folk tune")
                        .param("seconds", "600"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose one of the lengths offered.")))
                .andExpect(content().string(containsString("bright folk tune")));
    }

    @Test
    void aCapabilitySwitchedOffRefusesMembersWithAClearMessage() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        CapabilitySettings before = capabilities.get(Capability.CLASSIFICATION);
        try {
            mvc.perform(post(AiRoutes.capability(Capability.CLASSIFICATION)).with(csrf()).cookie(god)
                    .param("audience", "MEMBERS").param("dailyQuota", "5").param("timeoutSeconds", "20"))
                    .andExpect(status().is3xxRedirection());

            assertThat(capabilities.get(Capability.CLASSIFICATION).enabled()).isFalse();
            mvc.perform(post(AiRoutes.tryIt(Capability.CLASSIFICATION)).with(csrf()).cookie(god).param("prompt", "bass player")
                    .param("labels", "bass: bass\ndrums: drums")).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("not available to you")));
            assertThat(audit.awaitEntry("ai.capability-changed", "capability:classification").details())
                    .containsEntry("enabled", "false").containsEntry("daily-quota", "5");
        } finally {
            capabilities.save(before);
        }
    }

    @Test
    void aFormWithMistakesComesBackWithTheTypedValuesButNotTheKey() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();

        mvc.perform(post(AiRoutes.CONNECTIONS).with(csrf()).cookie(god).param("name", "Typed name").param("kind", "OLLAMA")
                .param("baseUrl", "ftp://nope").param("key", "typed-key-123").param("monthlyBudget", "lots"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"Typed name\"")))
                .andExpect(content().string(containsString("Enter an address starting with http:// or https://.")))
                .andExpect(content().string(containsString("Enter an amount like 25 or 25.50")))
                .andExpect(content().string(not(containsString("typed-key-123"))));
    }

    @Test
    void textTryItStreamsTheAnswerAsServerSentEvents() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();

        MvcResult result = mvc.perform(post(AiRoutes.TRY_TEXT_STREAM).with(csrf()).cookie(god).param("prompt", "hello"))
                .andExpect(request().asyncStarted()).andReturn();
        result.getAsyncResult(10_000);

        assertThat(result.getResponse().getContentAsString()).contains("event:piece").contains("event:done")
                .contains("\"answeredBy\":\"offline (no language model)\"");
    }

    private UUID addStub(Cookie god, String baseUrl) throws Exception {
        String name = "Stub";
        mvc.perform(post(AiRoutes.CONNECTIONS).with(csrf()).cookie(god).param("name", name).param("kind", "OPENAI_COMPATIBLE")
                .param("baseUrl", baseUrl).param("textModel", "tiny").param("embeddingModel", "tiny").param("key", "k-1234"));
        return jdbc.sql("select id from ai_connection where base_url = ? order by created_at desc limit 1").param(baseUrl)
                .query(UUID.class).single();
    }
}
