package com.mediapatch.operations;

/** A backup or restore was refused or failed; the message says why and what to do. */
class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }

    BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
