package com.mediapatch.ai.internal;

import org.springframework.stereotype.Component;

/** The API each kind of connection speaks. */
@Component
class Protocols {

    private final OllamaProtocol ollama;
    private final OpenAiProtocol openAi;

    Protocols(OllamaProtocol ollama, OpenAiProtocol openAi) {
        this.ollama = ollama;
        this.openAi = openAi;
    }

    RemoteProtocol of(ConnectionKind kind) {
        return kind.protocol() == ConnectionKind.Protocol.OLLAMA ? ollama : openAi;
    }
}
