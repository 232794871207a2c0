package com.mediapatch.audit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inclusion and consistency proofs of an RFC 9162 Merkle tree (leaves numbered from 0,
 * split at the largest power of two smaller than the size), and the verification algorithms
 * of RFC 9162 sections 2.1.3.2 and 2.1.4.2. Verification never throws: a proof that does not
 * fit its sizes simply fails.
 */
public final class MerkleProofs {

    /** The tree hash of a range of leaves, however the caller stores them. */
    public interface Subtrees {

        /** MTH of the leaves from {@code from} (inclusive) to {@code to} (exclusive). */
        byte[] root(long from, long to);
    }

    private MerkleProofs() {
    }

    /** PATH(index, D[0:size]): the sibling subtree roots from the leaf up to the root. */
    public static List<byte[]> inclusionPath(long index, long size, Subtrees tree) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        inclusion(index, 0, size, tree, path);
        return path;
    }

    private static void inclusion(long index, long from, long to, Subtrees tree, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        long middle = from + split(to - from);
        if (index < middle) {
            inclusion(index, from, middle, tree, path);
            path.add(tree.root(middle, to));
        } else {
            inclusion(index, middle, to, tree, path);
            path.add(tree.root(from, middle));
        }
    }

    /** PROOF(oldSize, D[0:newSize]) for 0 &lt; oldSize &lt;= newSize; empty when the sizes are equal. */
    public static List<byte[]> consistencyPath(long oldSize, long newSize, Subtrees tree) {
        if (oldSize < 1 || oldSize > newSize) {
            throw new IllegalArgumentException("no consistency proof from " + oldSize + " to " + newSize);
        }
        List<byte[]> path = new ArrayList<>();
        if (oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, tree, path);
        }
        return path;
    }

    private static void subproof(long m, long from, long to, boolean whole, Subtrees tree, List<byte[]> path) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                path.add(tree.root(from, to));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, tree, path);
            path.add(tree.root(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, tree, path);
            path.add(tree.root(from, from + k));
        }
    }

    /** RFC 9162 section 2.1.3.2. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size || leafHash == null || root == null) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = TreeHashes.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 section 2.1.4.2, extended to the two cases it leaves out: equal sizes (the
     * roots must be equal and the path empty) and an empty old tree (consistent with anything).
     */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
            List<byte[]> path) {
        if (oldSize < 0 || oldSize > newSize || oldRoot == null || newRoot == null) {
            return false;
        }
        if (oldSize == 0 || oldSize == newSize) {
            return path.isEmpty() && (oldSize == 0 || Arrays.equals(oldRoot, newRoot));
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> c = new ArrayList<>(path);
        if (Long.bitCount(oldSize) == 1) {
            c.add(0, oldRoot);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = c.get(0);
        byte[] sr = c.get(0);
        for (byte[] value : c.subList(1, c.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHashes.node(value, fr);
                sr = TreeHashes.node(value, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = TreeHashes.node(sr, value);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot) && sn == 0;
    }

    /** The largest power of two smaller than {@code n} (n &gt; 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
