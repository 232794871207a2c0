package com.mediapatch.audit;

/** A restore record was asked for without saying why the log was restored. */
public class RestoreReasonMissing extends RuntimeException {

    public RestoreReasonMissing() {
        super("A restore record needs a reason");
    }
}
