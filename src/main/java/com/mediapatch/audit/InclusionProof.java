package com.mediapatch.audit;

import java.util.List;

import com.mediapatch.audit.internal.MerkleProofs;
import com.mediapatch.audit.internal.TreeHashes;

/**
 * Proof that an entry is in the log as it stood at some size (RFC 9162 section 2.1.3): the
 * hashes of its sibling subtrees from the leaf up. Anyone holding a signed checkpoint of that
 * size can check the entry against the checkpoint's root without seeing any other entry.
 *
 * @param sequence the entry (leaf index = sequence - 1)
 * @param treeSize the size of the tree the proof is for
 * @param leafHash the entry's leaf hash, hex
 * @param path sibling subtree hashes, leaf level first, hex
 * @param root the tree hash at that size, hex
 */
public record InclusionProof(long sequence, long treeSize, String leafHash, List<String> path, String root) {

    public InclusionProof {
        path = List.copyOf(path);
    }

    /** Whether the path leads from the leaf hash to the root (RFC 9162 section 2.1.3.2). */
    public boolean verifies() {
        return verifiesAgainst(root);
    }

    /** Whether the path leads from the leaf hash to a root obtained elsewhere, e.g. from a checkpoint. */
    public boolean verifiesAgainst(String expectedRoot) {
        try {
            return MerkleProofs.verifyInclusion(sequence - 1, treeSize, TreeHashes.fromHex(leafHash),
                    path.stream().map(TreeHashes::fromHex).toList(), TreeHashes.fromHex(expectedRoot));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }
}
