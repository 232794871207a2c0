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

/**
 * The OpenAI API, which llama.cpp server, LM Studio, vLLM, LocalAI, OpenRouter and Hugging Face's router speak
 * too: /chat/completions streamed as server-sent events (or answered whole by servers that do not stream),
 * /embeddings, /models to probe. The base URL includes /v1.
 */
@Component
class OpenAiProtocol implements RemoteProtocol {

    private static final String DATA = "data:";

    private final ProviderHttp http;

    OpenAiProtocol(ProviderHttp http) {
        this.http = http;
    }

    @Override
    public TextReply chat(AiConnection connection, String key, TextRequest request, Duration timeout, Consumer<String> onPiece) {
        StringBuilder text = new StringBuilder();
        long[] tokens = {0};
        boolean[] finished = {false};
        Map<String, Object> body = Map.of("model", connection.textModel(), "messages", RemoteProtocol.messages(request),
                "stream", true, "stream_options", Map.of("include_usage", true));
        http.postStreaming(RemoteProtocol.trimmed(connection.baseUrl()) + "/chat/completions", key, body, timeout, line -> {
            String payload = line.strip();
            if (payload.isEmpty() || payload.startsWith(":")) {
                return true;
            }
            if (payload.startsWith("{")) { // a server that answered whole
                JsonNode whole = http.parse(payload);
                String content = whole.path("choices").path(0).path("message").path("content").asString(null);
                if (content == null) {
                    throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "no message in the answer");
                }
                text.append(content);
                onPiece.accept(content);
                tokens[0] = whole.path("usage").path("total_tokens").asLong(0);
                finished[0] = true;
                return false;
            }
            if (!payload.startsWith(DATA)) {
                return true;
            }
            String data = payload.substring(DATA.length()).strip();
            if ("[DONE]".equals(data)) {
                finished[0] = true;
                return false;
            }
            JsonNode chunk = http.parse(data);
            if (!chunk.path("choices").isArray()) {
                throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "a chunk without choices");
            }
            String piece = chunk.path("choices").path(0).path("delta").path("content").asString("");
            if (!piece.isEmpty()) {
                text.append(piece);
                onPiece.accept(piece);
            }
            tokens[0] = Math.max(tokens[0], chunk.path("usage").path("total_tokens").asLong(0));
            return true;
        });
        if (!finished[0]) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "the answer ended before it was done");
        }
        return new TextReply(text.toString(), connection.textModel(),
                tokens[0] > 0 ? tokens[0] : RemoteProtocol.estimateTokens(request.length() + text.length()));
    }

    @Override
    public Embedded embed(AiConnection connection, String key, List<String> texts, Duration timeout) {
        JsonNode answer = http.post(RemoteProtocol.trimmed(connection.baseUrl()) + "/embeddings", key,
                Map.of("model", connection.embeddingModel(), "input", texts), timeout);
        JsonNode data = answer.path("data");
        if (!data.isArray() || data.size() != texts.size()) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "not one embedding per text");
        }
        float[][] ordered = new float[texts.size()][];
        for (JsonNode item : data) {
            int index = item.path("index").asInt(-1);
            if (index < 0 || index >= ordered.length) {
                throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "an embedding without its index");
            }
            ordered[index] = RemoteProtocol.vector(item.path("embedding"));
        }
        long tokens = answer.path("usage").path("prompt_tokens").asLong(0);
        return new Embedded(new ArrayList<>(List.of(ordered)),
                tokens > 0 ? tokens : RemoteProtocol.estimateTokens(texts.stream().mapToInt(String::length).sum()),
                connection.embeddingModel());
    }

    @Override
    public String probe(AiConnection connection, String key, Duration timeout) {
        JsonNode models = http.get(RemoteProtocol.trimmed(connection.baseUrl()) + "/models", key, timeout).path("data");
        if (!models.isArray()) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "no model list");
        }
        return models.size() + (models.size() == 1 ? " model" : " models") + " offered";
    }
}
