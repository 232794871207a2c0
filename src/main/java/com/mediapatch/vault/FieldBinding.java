package com.mediapatch.vault;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where an encrypted value lives: its table, column and row. Used as the associated data of
 * the encryption, so a ciphertext copied to another row or column no longer opens.
 */
public record FieldBinding(String table, String column, String rowId) {

    public FieldBinding {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rowId, "rowId");
    }

    public static FieldBinding of(String table, String column, Object rowId) {
        return new FieldBinding(table, column, String.valueOf(rowId));
    }

    /** The associated data the ciphertext is bound to. */
    public byte[] associatedData() {
        return (table + '\u0000' + column + '\u0000' + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
