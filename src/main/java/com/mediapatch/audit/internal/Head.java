package com.mediapatch.audit.internal;

/**
 * The single row that says where the log ends; appends lock it, so they take turns.
 *
 * @param sequence the last entry's sequence number, 0 for an empty log
 * @param chain the last entry's chain hash, hex (all zeros for an empty log)
 */
public record Head(long sequence, String chain) {
}
