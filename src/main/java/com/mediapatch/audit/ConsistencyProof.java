package com.mediapatch.audit;

import java.util.List;

import com.mediapatch.audit.internal.MerkleProofs;
import com.mediapatch.audit.internal.TreeHashes;

/**
 * Proof that the log at a larger size still starts with exactly the entries it had at a
 * smaller size (RFC 9162 section 2.1.4): nothing was changed, removed or reordered, only
 * appended.
 *
 * @param fromSize the earlier size
 * @param toSize the later size
 * @param fromRoot the tree hash at the earlier size, hex
 * @param toRoot the tree hash at the later size, hex
 * @param path the proof's hashes, hex
 */
public record ConsistencyProof(long fromSize, long toSize, String fromRoot, String toRoot, List<String> path) {

    public ConsistencyProof {
        path = List.copyOf(path);
    }

    /** Whether the path links the two roots (RFC 9162 section 2.1.4.2). */
    public boolean verifies() {
        try {
            return MerkleProofs.verifyConsistency(fromSize, toSize, TreeHashes.fromHex(fromRoot),
                    TreeHashes.fromHex(toRoot), path.stream().map(TreeHashes::fromHex).toList());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }
}
