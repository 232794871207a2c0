package com.mediapatch.live;

/** Carries envelopes to every app node's connections: in-process, or through Redis pub/sub. */
interface Relay extends AutoCloseable {

    void send(Envelope envelope);

    @Override
    default void close() {
    }
}
