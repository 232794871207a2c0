package com.mediapatch.ai;

/**
 * Where streamed text goes as it is written (an SSE connection to the browser, for instance). Throwing from
 * {@link #piece} (the member left) cancels the call.
 */
public interface TextStream {

    TextStream IGNORED = piece -> {
    };

    void piece(String text);

    /** A link failed after passing on part of its answer; the next link's answer starts from the beginning. */
    default void restarted() {
    }
}
