package com.mediapatch.ai.internal;

import java.time.Duration;

import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;
import com.mediapatch.ai.TextStream;

/**
 * A text call through the chain, streaming each link's pieces to the member. A listener that throws (the member
 * closed the page) cancels the call rather than failing the link over.
 */
public final class StreamedText implements Attempt<TextReply> {

    private final OfflineText offline;
    private final TextRequest request;
    private final TextStream stream;
    private boolean passedOn;

    public StreamedText(OfflineText offline, TextRequest request, TextStream stream) {
        this.offline = offline;
        this.request = request;
        this.stream = stream;
    }

    @Override
    public Outcome<TextReply> local() {
        TextReply reply = offline.generate(request, this::forward);
        return new Outcome<>(reply, reply.model(), reply.tokens());
    }

    @Override
    public Outcome<TextReply> remote(AiConnection connection, String key, RemoteProtocol protocol, Duration timeout) {
        TextReply reply = protocol.chat(connection, key, request, timeout, this::forward);
        return new Outcome<>(reply, reply.model(), reply.tokens());
    }

    @Override
    public void restarting() {
        if (passedOn) {
            passedOn = false;
            stream.restarted();
        }
    }

    private void forward(String piece) {
        try {
            stream.piece(piece);
            passedOn = true;
        } catch (RuntimeException gone) {
            throw new ProviderFailure(ProviderFailure.Kind.CANCELLED, null);
        }
    }
}
