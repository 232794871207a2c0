package com.mediapatch.audit.internal;

import org.springframework.stereotype.Component;

/**
 * The Merkle tree over the stored leaf hashes, computed on demand: each subtree hash streams
 * its range of leaves through a {@link CompactRange}, so proofs and checkpoints need memory
 * only for the batch being read.
 */
@Component
public class StoredTree implements MerkleProofs.Subtrees {

    private final AuditEntries entries;

    StoredTree(AuditEntries entries) {
        this.entries = entries;
    }

    /** The tree hash of entries from+1 to to (leaf indexes from to to-1). */
    @Override
    public byte[] root(long from, long to) {
        CompactRange range = new CompactRange();
        entries.leafHashes(from + 1, to, hex -> range.add(TreeHashes.fromHex(hex)));
        if (range.size() != to - from) {
            throw new IllegalStateException("The audit log is missing entries between " + (from + 1) + " and " + to
                    + "; run the audit verifier");
        }
        return range.root();
    }
}
