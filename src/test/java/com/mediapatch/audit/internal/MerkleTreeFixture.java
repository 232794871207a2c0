package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Merkle tree held in memory and hashed by the RFC's recursive definition, to compare against. */
final class MerkleTreeFixture implements MerkleProofs.Subtrees {

    final List<byte[]> leaves = new ArrayList<>();

    static MerkleTreeFixture ofSize(int size) {
        MerkleTreeFixture tree = new MerkleTreeFixture();
        for (int i = 0; i < size; i++) {
            tree.leaves.add(TreeHashes.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return tree;
    }

    /** MTH(D[from:to]) exactly as RFC 9162 section 2.1.1 defines it. */
    @Override
    public byte[] root(long from, long to) {
        if (to - from == 0) {
            return TreeHashes.empty();
        }
        if (to - from == 1) {
            return leaves.get((int) from);
        }
        long k = Long.highestOneBit(to - from - 1);
        return TreeHashes.node(root(from, from + k), root(from + k, to));
    }
}
