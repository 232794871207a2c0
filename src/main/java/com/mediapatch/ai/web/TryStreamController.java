package com.mediapatch.ai.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.ai.AiAnswer;
import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiRefused;
import com.mediapatch.ai.AiRoutes;
import com.mediapatch.ai.AiServices;
import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;
import com.mediapatch.ai.TextStream;
import com.mediapatch.identity.Member;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * "Try it" for text, streamed: the answer goes to the browser over Server-Sent Events as each piece is written
 * ({@code piece}, {@code restart} when a link failed midway and the next starts over, then {@code done} with the
 * answering link, or {@code refused}). When the browser goes away the next send fails, which cancels the call and
 * closes the connection to the model server.
 */
@RestController
class TryStreamController {

    private static final long NO_TIMEOUT = 0L;

    private final AiGodGate gate;
    private final AiServices ai;
    private final Executor streams = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ai-try-stream");
        thread.setDaemon(true);
        return thread;
    });

    TryStreamController(AiGodGate gate, AiServices ai) {
        this.gate = gate;
        this.ai = ai;
    }

    @PostMapping(AiRoutes.TRY_TEXT_STREAM)
    SseEmitter stream(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String prompt, HttpServletRequest request) {
        gate.requireAction(me, request);
        AiCaller caller = AiCaller.of(me);
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
        streams.execute(() -> answer(caller, prompt, emitter));
        return emitter;
    }

    private void answer(AiCaller caller, String prompt, SseEmitter emitter) {
        try {
            if (prompt.isBlank()) {
                send(emitter, "refused", Map.of("message", "Type something to send."));
            } else {
                AiAnswer<TextReply> answer = ai.chat(caller, TextRequest.of(prompt), new TextStream() {
                    @Override
                    public void piece(String text) {
                        send(emitter, "piece", Map.of("text", text));
                    }

                    @Override
                    public void restarted() {
                        send(emitter, "restart", Map.of());
                    }
                });
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("answeredBy", answer.answeredBy());
                done.put("privacy", answer.privacy().label());
                done.put("skipped", answer.skipped());
                send(emitter, "done", done);
            }
            emitter.complete();
        } catch (AiRefused refused) {
            refuse(emitter, refused);
        } catch (RuntimeException gone) {
            emitter.completeWithError(gone);
        }
    }

    private static void refuse(SseEmitter emitter, AiRefused refused) {
        try {
            send(emitter, "refused", Map.of("message", refused.getMessage(),
                    "reasons", refused instanceof AiRefused.Unavailable unavailable ? unavailable.reasons() : java.util.List.of()));
            emitter.complete();
        } catch (UncheckedIOException gone) {
            emitter.completeWithError(gone);
        }
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }
}
