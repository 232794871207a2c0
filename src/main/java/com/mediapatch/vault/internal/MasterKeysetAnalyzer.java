package com.mediapatch.vault.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a missing or wrong vault master key into one paragraph naming the fix, instead of
 * the cause buried at the bottom of a long stack trace.
 */
class MasterKeysetAnalyzer implements FailureAnalyzer {

    private static final Logger log = LoggerFactory.getLogger(MasterKeysetAnalyzer.class);
    static final String FIX = "Restore data/keys/vault-master.json from the same backup as the database, or set "
            + "MEDIAPATCH_VAULT_MASTER_KEYSET (or MEDIAPATCH_VAULT_MASTER_KEYSET_FILE) to the master keyset the "
            + "database was made with. Do not delete the stored field keyset: every encrypted field would be lost with it.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MasterKeysetMismatch || cause instanceof MasterKeysetMissing) {
                String paragraph = cause.getMessage() + ". " + FIX;
                log.error(paragraph);
                return new FailureAnalysis(cause.getMessage() + ".", FIX, cause);
            }
        }
        return null;
    }
}
