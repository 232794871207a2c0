package com.mediapatch.audit.internal;

/**
 * The Merkle tree hash (RFC 9162) of a growing list of leaves, kept as the roots of its
 * perfect subtrees, largest first: one per set bit of the size. Adding a leaf merges equal
 * subtrees like a binary counter, so any number of leaves is hashed in linear time and
 * logarithmic memory.
 */
public final class CompactRange {

    private final byte[][] roots = new byte[Long.SIZE][];
    private int count;
    private long size;

    public void add(byte[] leafHash) {
        byte[] merged = leafHash;
        for (long carry = size; (carry & 1) == 1; carry >>>= 1) {
            merged = TreeHashes.node(roots[--count], merged);
        }
        roots[count++] = merged;
        size++;
    }

    public long size() {
        return size;
    }

    /** The tree hash of all leaves added so far. */
    public byte[] root() {
        if (count == 0) {
            return TreeHashes.empty();
        }
        byte[] root = roots[count - 1];
        for (int i = count - 2; i >= 0; i--) {
            root = TreeHashes.node(roots[i], root);
        }
        return root;
    }
}
