package com.mediapatch.ai.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/** Ollama's API: /api/chat streamed as JSON lines, /api/embed, /api/tags to probe. */
@Component
class OllamaProtocol implements RemoteProtocol {

    private final ProviderHttp http;

    OllamaProtocol(ProviderHttp http) {
        this.http = http;
    }

    @Override
    public TextReply chat(AiConnection connection, String key, TextRequest request, Duration timeout, Consumer<String> onPiece) {
        StringBuilder text = new StringBuilder();
        long[] tokens = {0};
        boolean[] done = {false};
        Map<String, Object> body = Map.of("model", connection.textModel(), "messages", RemoteProtocol.messages(request),
                "stream", true);
        http.postStreaming(RemoteProtocol.trimmed(connection.baseUrl()) + "/api/chat", key, body, timeout, line -> {
            if (line.isBlank()) {
                return true;
            }
            JsonNode chunk = http.parse(line);
            JsonNode content = chunk.path("message").path("content");
            if (!content.isString() && !chunk.path("done").asBoolean(false)) {
                throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "a chat line without a message");
            }
            if (content.isString() && !content.asString().isEmpty()) {
                text.append(content.asString());
                onPiece.accept(content.asString());
            }
            if (chunk.path("done").asBoolean(false)) {
                tokens[0] = chunk.path("prompt_eval_count").asLong(0) + chunk.path("eval_count").asLong(0);
                done[0] = true;
                return false;
            }
            return true;
        });
        if (!done[0]) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "the answer ended before it was done");
        }
        return new TextReply(text.toString(), connection.textModel(),
                tokens[0] > 0 ? tokens[0] : RemoteProtocol.estimateTokens(request.length() + text.length()));
    }

    @Override
    public Embedded embed(AiConnection connection, String key, List<String> texts, Duration timeout) {
        JsonNode answer = http.post(RemoteProtocol.trimmed(connection.baseUrl()) + "/api/embed", key,
                Map.of("model", connection.embeddingModel(), "input", texts), timeout);
        JsonNode embeddings = answer.path("embeddings");
        if (!embeddings.isArray() || embeddings.size() != texts.size()) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "not one embedding per text");
        }
        List<float[]> vectors = new ArrayList<>();
        embeddings.forEach(values -> vectors.add(RemoteProtocol.vector(values)));
        long tokens = answer.path("prompt_eval_count").asLong(0);
        return new Embedded(vectors, tokens > 0 ? tokens : RemoteProtocol.estimateTokens(texts.stream().mapToInt(String::length).sum()),
                connection.embeddingModel());
    }

    @Override
    public String probe(AiConnection connection, String key, Duration timeout) {
        JsonNode models = http.get(RemoteProtocol.trimmed(connection.baseUrl()) + "/api/tags", key, timeout).path("models");
        if (!models.isArray()) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "no model list");
        }
        return models.size() + (models.size() == 1 ? " model" : " models") + " installed";
    }
}
