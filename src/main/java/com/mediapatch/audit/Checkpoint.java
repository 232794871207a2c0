package com.mediapatch.audit;

import java.time.Instant;

/**
 * A signed statement of the log's size and Merkle tree hash at a moment, kept outside the
 * database (one line of the data dir's audit/checkpoints.log). A later log that is not
 * consistent with an earlier checkpoint has been rewritten. The Ed25519 signature covers the
 * lines origin, size, root (base64) and time, each ended by a newline.
 *
 * @param origin which log this is, e.g. "mediapatch/patch.example.org"
 * @param size how many entries the log had
 * @param root the tree hash over those entries, hex
 * @param at when the checkpoint was signed (UTC)
 * @param signature Ed25519 signature, base64
 */
public record Checkpoint(String origin, long size, String root, Instant at, String signature) {
}
