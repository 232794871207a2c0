package com.mediapatch.shared;

import java.time.Duration;

/**
 * Base for domain errors that are named as facts ({@code ConversationNotFound},
 * {@code AlreadyFriends}). Each carries its {@link ProblemType}, so it is mapped once, in
 * one place, to a problem detail for the API and a friendly page for browsers.
 */
public abstract class DomainProblem extends RuntimeException {

    private final transient ProblemType type;

    protected DomainProblem(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** How long the client should wait before trying again (sent as Retry-After), or null. */
    public Duration retryAfter() {
        return null;
    }
}
