package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI API as llama.cpp server and the others speak it: whole answers, embeddings out of order, the models probe. */
class OpenAiProtocolTests {

    MockWebServer server = new MockWebServer();
    OpenAiProtocol openAi = new OpenAiProtocol(new ProviderHttp());
    AiConnection connection;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        connection = new AiConnection(UUID.randomUUID(), "llama.cpp", ConnectionKind.OPENAI_COMPATIBLE,
                server.url("/v1/").toString(), "local", "local-embed", true, true, 0, 0, Instant.now());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aServerThatIgnoresStreamingIsReadWhole() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Whole answer\"}}],\"usage\":{\"total_tokens\":9}}")
                .build());

        TextReply reply = openAi.chat(connection, "key-1", TextRequest.of("hi"), Duration.ofSeconds(5), piece -> { });

        assertThat(reply.text()).isEqualTo("Whole answer");
        assertThat(reply.tokens()).isEqualTo(9);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/chat/completions");
    }

    @Test
    void embeddingsAreReturnedInTheOrderOfTheirIndex() {
        server.enqueue(new MockResponse.Builder().body("""
                {"data":[{"index":1,"embedding":[0.5]},{"index":0,"embedding":[0.25]}],"usage":{"prompt_tokens":4}}""").build());

        RemoteProtocol.Embedded embedded = openAi.embed(connection, "key-1", List.of("first", "second"), Duration.ofSeconds(5));

        assertThat(embedded.vectors().get(0)).containsExactly(0.25f);
        assertThat(embedded.vectors().get(1)).containsExactly(0.5f);
    }

    @Test
    void anEmbeddingThatIsNotNumbersIsABadAnswer() {
        server.enqueue(new MockResponse.Builder().body("{\"data\":[{\"index\":0,\"embedding\":[\"x\"]}]}").build());

        assertThatThrownBy(() -> openAi.embed(connection, "key-1", List.of("first"), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(ProviderFailure.class, failure -> assertThat(failure.kind()).isEqualTo(ProviderFailure.Kind.BAD_ANSWER));
    }

    @Test
    void aRevokedKeyIsUnauthorized() {
        server.enqueue(new MockResponse.Builder().code(403).body("{\"error\":{\"message\":\"key revoked\"}}").build());

        assertThatThrownBy(() -> openAi.probe(connection, "key-1", Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(ProviderFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ProviderFailure.Kind.UNAUTHORIZED);
                    assertThat(failure.getMessage()).contains("key revoked");
                });
    }

    @Test
    void aRetryAfterDateIsHonouredAsAWait() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT").build());

        assertThatThrownBy(() -> openAi.probe(connection, "key-1", Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(ProviderFailure.class, failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofHours(1)));
    }

    @Test
    void theProbeCountsTheOfferedModels() {
        server.enqueue(new MockResponse.Builder().body("{\"object\":\"list\",\"data\":[{\"id\":\"local\"}]}").build());

        assertThat(openAi.probe(connection, "key-1", Duration.ofSeconds(5))).isEqualTo("1 model offered");
    }
}
