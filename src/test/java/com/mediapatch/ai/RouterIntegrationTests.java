package com.mediapatch.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mediapatch.IntegrationTest;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.CapabilitySettings;
import com.mediapatch.ai.internal.CapabilityStore;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.ai.internal.ProviderFailure;
import com.mediapatch.identity.AccountId;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The router against a local server speaking the OpenAI API: the text chain is [stub, offline], and each test makes
 * the stub misbehave in one way and checks the answer still arrives, from the right link, with the reason noted.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RouterIntegrationTests {

    static final String KEY = "sk-router-test-" + UUID.randomUUID();

    @Autowired
    AiServices ai;

    @Autowired
    ConnectionStore connections;

    @Autowired
    CapabilityStore capabilities;

    @Autowired
    JdbcClient jdbc;

    MockWebServer server = new MockWebServer();
    AiConnection stub;
    AiCaller member = new AiCaller(new AccountId(UUID.randomUUID()), Set.of("ROLE_MEMBER"));
    CapabilitySettings before;

    @BeforeEach
    void chainStubThenOffline() throws Exception {
        server.start(0);
        stub = connections.add(new ConnectionDraft("Stub", ConnectionKind.OPENAI_COMPATIBLE, server.url("/v1").toString(),
                "tiny", "tiny-embed", KEY, 0, 2_000), java.time.Instant.now());
        before = capabilities.get(Capability.TEXT);
        capabilities.save(new CapabilitySettings(Capability.TEXT, true, before.audience(), 0, Duration.ofMillis(700),
                List.of(stub.linkKey(), CapabilitySettings.LOCAL)));
    }

    @AfterEach
    void restore() {
        capabilities.save(before);
        connections.delete(stub.id());
        server.close();
    }

    @Test
    void aStreamedAnswerComesFromTheFirstLinkAndIsRecordedWithItsCost() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body("""
                data: {"choices":[{"delta":{"content":"Hello"}}]}

                data: {"choices":[{"delta":{"content":" there"}}],"usage":{"total_tokens":1500}}

                data: [DONE]

                """).build());
        List<String> pieces = new ArrayList<>();

        AiAnswer<TextReply> answer = ai.chat(member, TextRequest.of("Say hello"), pieces::add);

        assertThat(answer.value().text()).isEqualTo("Hello there");
        assertThat(pieces).containsExactly("Hello", " there");
        assertThat(answer.answeredBy()).isEqualTo("Stub");
        assertThat(answer.privacy().onThisServer()).isFalse();
        assertThat(answer.fellBack()).isFalse();
        assertThat(jdbc.sql("select units, cost_micros, outcome, model from ai_usage where link = ?").param(stub.linkKey())
                .query((row, n) -> row.getLong(1) + "/" + row.getLong(2) + "/" + row.getString(3) + "/" + row.getString(4)).list())
                .containsExactly("1500/3000/ok/tiny");
    }

    @Test
    void aServerErrorIsRetriedOnceThenTheChainFallsBackToTheOfflineProvider() {
        server.enqueue(new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"overloaded\"}}").build());
        server.enqueue(new MockResponse.Builder().code(503).build());

        AiAnswer<TextReply> answer = ai.chat(member, new TextRequest("", "How do I block someone?",
                List.of("To block someone, open their profile and choose Block. Blocked members cannot message you.")));

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(answer.answeredBy()).isEqualTo("offline (no language model)");
        assertThat(answer.privacy()).isEqualTo(Privacy.THIS_SERVER);
        assertThat(answer.value().text()).contains("open their profile and choose Block");
        assertThat(answer.skipped()).singleElement().asString().contains("Stub failed: HTTP 503");
        assertThat(outcomes()).containsExactly("server-error", "server-error");
    }

    @Test
    void aRateLimitFailsOverAndTheLinkIsLeftAloneForItsRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());

        AiAnswer<TextReply> first = ai.chat(member, TextRequest.of("one"));
        AiAnswer<TextReply> second = ai.chat(member, TextRequest.of("two"));

        assertThat(first.skipped()).singleElement().asString().contains("was rate-limited (429)");
        assertThat(second.skipped()).singleElement().asString().contains("Retry-After");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(second.answeredBy()).isEqualTo("offline (no language model)");
    }

    @Test
    void aHungServerTimesOutAndTheNextLinkAnswers() {
        server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());

        AiAnswer<TextReply> answer = ai.chat(member, TextRequest.of("anyone there?"));

        assertThat(answer.answeredBy()).isEqualTo("offline (no language model)");
        assertThat(answer.skipped()).singleElement().asString().contains("timed out");
        assertThat(outcomes()).containsExactly("timeout");
    }

    @Test
    void aStreamThatStallsMidwayTimesOutAndTheMemberIsToldToStartAgain() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"Half\"}}]}\n\n").build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        boolean[] restarted = {false};
        TextStream stream = new TextStream() {
            @Override
            public void piece(String text) {
            }

            @Override
            public void restarted() {
                restarted[0] = true;
            }
        };

        AiAnswer<TextReply> answer = ai.chat(member, TextRequest.of("tell me"), stream);

        assertThat(answer.answeredBy()).isEqualTo("offline (no language model)");
        assertThat(restarted[0]).isTrue();
    }

    @Test
    void whenTheMemberLeavesTheCallIsCancelledInsteadOfFailingOver() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body("""
                data: {"choices":[{"delta":{"content":"Hello"}}]}

                data: {"choices":[{"delta":{"content":" again"}}]}

                data: [DONE]

                """).build());

        assertThatThrownBy(() -> ai.chat(member, TextRequest.of("hi"), piece -> {
            throw new IllegalStateException("the browser went away");
        })).isInstanceOfSatisfying(ProviderFailure.class, failure -> assertThat(failure.kind()).isEqualTo(ProviderFailure.Kind.CANCELLED));
        assertThat(outcomes()).containsExactly("cancelled");
        assertThat(jdbc.sql("select count(*) from ai_usage where member_id = ? and link = 'local'").param(member.member().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void garbageFromTheServerIsABadAnswerAndFailsOver() {
        server.enqueue(new MockResponse.Builder().body("<html>not an API</html>").build());

        AiAnswer<TextReply> answer = ai.chat(member, TextRequest.of("hello"));

        assertThat(answer.skipped()).singleElement().asString().contains("not its API");
        assertThat(answer.answeredBy()).isEqualTo("offline (no language model)");
    }

    @Test
    void aWrongKeyIsReportedWithoutTheKeyAndThreeFailuresCoolTheLinkDown(CapturedOutput logs) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(401)
                    .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}").build());
        }

        List<AiAnswer<TextReply>> answers = List.of(ai.chat(member, TextRequest.of("1")), ai.chat(member, TextRequest.of("2")),
                ai.chat(member, TextRequest.of("3")), ai.chat(member, TextRequest.of("4")));

        assertThat(answers.get(0).skipped()).singleElement().asString().contains("refused the key").contains("****")
                .doesNotContain(KEY);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(answers.get(3).skipped()).singleElement().asString().contains("cooling down");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(logs.getAll()).doesNotContain(KEY);
        assertThat(jdbc.sql("select api_key from ai_connection where id = ?").param(stub.id()).query(String.class).single())
                .doesNotContain(KEY);
    }

    @Test
    void whenEveryLinkFailsTheMemberGetsAClearRefusal() {
        capabilities.save(capabilities.get(Capability.TEXT).withChain(List.of(stub.linkKey())));
        server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":{\"message\":\"bad model\"}}").build());

        assertThatThrownBy(() -> ai.chat(member, TextRequest.of("hello"))).isInstanceOfSatisfying(AiRefused.Unavailable.class,
                refused -> assertThat(refused.reasons()).singleElement().asString().contains("refused the request: HTTP 400 (bad model)"));
    }

    @Test
    void aSwitchedOffConnectionIsSkippedWithoutACall() {
        connections.switchTo(stub.id(), false);

        AiAnswer<TextReply> answer = ai.chat(member, TextRequest.of("hello"));

        assertThat(answer.skipped()).singleElement().asString().isEqualTo("Stub is switched off");
        assertThat(server.getRequestCount()).isZero();
    }

    private List<String> outcomes() {
        return jdbc.sql("select outcome from ai_usage where link = ? order by id").param(stub.linkKey()).query(String.class).list();
    }
}
