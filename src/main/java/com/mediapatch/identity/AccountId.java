package com.mediapatch.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an account everywhere in the platform; other modules store only this. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /** Parses the text form; used by Spring to bind request parameters. */
    public static AccountId valueOf(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
