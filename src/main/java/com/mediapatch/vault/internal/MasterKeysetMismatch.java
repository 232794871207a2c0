package com.mediapatch.vault.internal;

/**
 * The master keyset the node started with cannot open the field keyset stored in the
 * database: the database was made with another master key (a restore without the key file,
 * a lost key file, or the wrong MEDIAPATCH_VAULT_MASTER_KEYSET). The platform refuses to start.
 */
class MasterKeysetMismatch extends RuntimeException {

    private final String source;
    private final boolean madeJustNow;

    MasterKeysetMismatch(String source, boolean madeJustNow, Throwable cause) {
        super("The key vault cannot open the field keyset stored in the database with the master keyset from "
                + source + (madeJustNow ? " (there was none, so one was just made: it is new)" : "")
                + ": the database was made with another master key", cause);
        this.source = source;
        this.madeJustNow = madeJustNow;
    }

    String source() {
        return source;
    }

    boolean madeJustNow() {
        return madeJustNow;
    }
}
