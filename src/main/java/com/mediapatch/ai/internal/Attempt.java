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

    /** A call only this server's own provider can answer: connections offer no such capability and are passed over. */
    static <T> Attempt<T> inProcess(java.util.function.Supplier<Outcome<T>> local) {
        return new Attempt<>() {
            @Override
            public Outcome<T> local() {
                return local.get();
            }

            @Override
            public Outcome<T> remote(AiConnection connection, String key, RemoteProtocol protocol, Duration timeout) {
                throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, null);
            }
        };
    }
}
