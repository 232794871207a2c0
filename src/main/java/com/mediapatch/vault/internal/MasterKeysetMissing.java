package com.mediapatch.vault.internal;

/** The master keyset file the operator named cannot be read; the platform refuses to start. */
class MasterKeysetMissing extends RuntimeException {

    MasterKeysetMissing(String file, Throwable cause) {
        super("The key vault's master keyset file " + file + " (MEDIAPATCH_VAULT_MASTER_KEYSET_FILE) cannot be read: "
                + cause.getMessage(), cause);
    }
}
