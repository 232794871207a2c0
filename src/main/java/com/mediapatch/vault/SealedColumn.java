package com.mediapatch.vault;

import java.util.regex.Pattern;

/**
 * A column that holds {@link FieldCipher} ciphertext, declared as a bean by the module that
 * owns the table so key rotation can re-encrypt it. Names are code constants, checked here
 * because they become SQL identifiers.
 */
public record SealedColumn(String table, String idColumn, String column) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public SealedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }

    public FieldBinding binding(Object rowId) {
        return FieldBinding.of(table, column, rowId);
    }

    /** How the column is named in reports: {@code table.column}. */
    public String label() {
        return table + "." + column;
    }
}
