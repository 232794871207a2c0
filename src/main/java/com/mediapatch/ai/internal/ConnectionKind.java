package com.mediapatch.ai.internal;

import java.util.Set;

import com.mediapatch.ai.Capability;

/**
 * The kinds of connection God Mode can add, what each speaks and offers. Local servers are ones the operator
 * runs; external ones send members' input to another company and start switched off.
 */
public enum ConnectionKind {

    OLLAMA("Ollama", "http://localhost:11434", Protocol.OLLAMA, false),
    OPENAI_COMPATIBLE("OpenAI-compatible server (llama.cpp, LM Studio, vLLM, LocalAI)", "http://localhost:8080/v1",
            Protocol.OPENAI, false),
    OPENAI("OpenAI", "https://api.openai.com/v1", Protocol.OPENAI, true),
    OPENROUTER("OpenRouter", "https://openrouter.ai/api/v1", Protocol.OPENAI, true),
    HUGGING_FACE("Hugging Face Inference", "https://router.huggingface.co/v1", Protocol.OPENAI, true);

    /** The API a kind speaks. */
    public enum Protocol { OLLAMA, OPENAI }

    private final String label;
    private final String defaultBaseUrl;
    private final Protocol protocol;
    private final boolean external;

    ConnectionKind(String label, String defaultBaseUrl, Protocol protocol, boolean external) {
        this.label = label;
        this.defaultBaseUrl = defaultBaseUrl;
        this.protocol = protocol;
        this.external = external;
    }

    public String label() {
        return label;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public Protocol protocol() {
        return protocol;
    }

    public boolean external() {
        return external;
    }

    /** What links of this kind can answer (classification compares the server's embeddings). */
    public Set<Capability> capabilities() {
        return Set.of(Capability.TEXT, Capability.EMBEDDINGS, Capability.CLASSIFICATION);
    }
}
