package com.mediapatch.messaging.internal;

/** Carries live activity to every app node's streams: in-process, or through Redis pub/sub. */
interface Relay extends AutoCloseable {

    void send(Activity activity);

    @Override
    default void close() {
    }
}
