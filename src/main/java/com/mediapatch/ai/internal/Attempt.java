package com.mediapatch.ai.internal;

import java.time.Duration;

/**
 * One capability call, as each kind of link makes it: the in-process provider, or a connection's API with its key.
 */
public interface Attempt<T> {

    /** What a link produced: the value, the model, and the units it is charged in (tokens, calls...). */
    record Outcome<T>(T value, String model, long units) {
    }

    Outcome<T> local();

    Outcome<T> remote(AiConnection connection, String key, RemoteProtocol protocol, Duration timeout);

    /** Called before a later link starts, when an earlier one may already have passed on part of its answer. */
    default void restarting() {
    }
}
