package com.mediapatch.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example tree of RFC 9162 section 2.1.5, d0 to d6, with its nodes a to l computed by hand. */
class MerkleProofsTests {

    private final MerkleTreeFixture tree = MerkleTreeFixture.ofSize(7);
    private final byte[] a = d(0);
    private final byte[] b = d(1);
    private final byte[] c = d(2);
    private final byte[] d = d(3);
    private final byte[] e = d(4);
    private final byte[] f = d(5);
    private final byte[] j = d(6);
    private final byte[] g = TreeHashes.node(a, b);
    private final byte[] h = TreeHashes.node(c, d);
    private final byte[] i = TreeHashes.node(e, f);
    private final byte[] k = TreeHashes.node(g, h);
    private final byte[] l = TreeHashes.node(i, j);
    private final byte[] root = TreeHashes.node(k, l);

    @Test
    void treeHashMatchesTheHandComputedRoot() {
        assertThat(tree.root(0, 7)).isEqualTo(root);
        assertThat(tree.root(0, 3)).isEqualTo(TreeHashes.node(g, c));
    }

    @Test
    void inclusionPathsAreTheRfcExamples() {
        assertThat(MerkleProofs.inclusionPath(0, 7, tree)).containsExactly(b, h, l);
        assertThat(MerkleProofs.inclusionPath(3, 7, tree)).containsExactly(c, g, l);
        assertThat(MerkleProofs.inclusionPath(4, 7, tree)).containsExactly(f, j, k);
        assertThat(MerkleProofs.inclusionPath(6, 7, tree)).containsExactly(i, k);
        assertThat(MerkleProofs.inclusionPath(0, 1, tree)).isEmpty();
    }

    @Test
    void consistencyPathsAreTheRfcExamples() {
        assertThat(MerkleProofs.consistencyPath(3, 7, tree)).containsExactly(c, d, g, l);
        assertThat(MerkleProofs.consistencyPath(4, 7, tree)).containsExactly(l);
        assertThat(MerkleProofs.consistencyPath(6, 7, tree)).containsExactly(i, j, k);
        assertThat(MerkleProofs.consistencyPath(7, 7, tree)).isEmpty();
    }

    @Test
    void handComputedProofsVerify() {
        assertThat(MerkleProofs.verifyInclusion(3, 7, d, List.of(c, g, l), root)).isTrue();
        assertThat(MerkleProofs.verifyInclusion(6, 7, j, List.of(i, k), root)).isTrue();
        assertThat(MerkleProofs.verifyConsistency(3, 7, TreeHashes.node(g, c), root, List.of(c, d, g, l))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(4, 7, k, root, List.of(l))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(6, 7, TreeHashes.node(k, i), root, List.of(i, j, k))).isTrue();
    }

    @Test
    void everyInclusionProofUpTo20LeavesVerifiesAndAnyAlterationFails() {
        MerkleTreeFixture big = MerkleTreeFixture.ofSize(20);
        for (int size = 1; size <= 20; size++) {
            byte[] treeRoot = big.root(0, size);
            for (int index = 0; index < size; index++) {
                byte[] leaf = big.leaves.get(index);
                List<byte[]> path = MerkleProofs.inclusionPath(index, size, big);

                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path, treeRoot)).isTrue();
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path, flipped(treeRoot))).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, flipped(leaf), path, treeRoot)).isFalse();
                assertThat(MerkleProofs.verifyInclusion(size, size, leaf, path, treeRoot)).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, appended(path), treeRoot)).isFalse();
                if (size > 1) {
                    assertThat(MerkleProofs.verifyInclusion((index + 1) % size, size, leaf, path, treeRoot)).isFalse();
                    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path.subList(0, path.size() - 1),
                            treeRoot)).isFalse();
                }
                for (int n = 0; n < path.size(); n++) {
                    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, withFlipped(path, n), treeRoot)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofUpTo20LeavesVerifiesAndAnyAlterationFails() {
        MerkleTreeFixture big = MerkleTreeFixture.ofSize(20);
        for (int newSize = 1; newSize <= 20; newSize++) {
            byte[] newRoot = big.root(0, newSize);
            for (int oldSize = 1; oldSize <= newSize; oldSize++) {
                byte[] oldRoot = big.root(0, oldSize);
                List<byte[]> path = MerkleProofs.consistencyPath(oldSize, newSize, big);

                assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, oldRoot, newRoot, path)).isTrue();
                assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, flipped(oldRoot), newRoot, path)).isFalse();
                assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, oldRoot, flipped(newRoot), path)).isFalse();
                assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, oldRoot, newRoot, appended(path))).isFalse();
                assertThat(MerkleProofs.verifyConsistency(newSize, oldSize - 1, oldRoot, newRoot, path)).isFalse();
                for (int n = 0; n < path.size(); n++) {
                    assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, oldRoot, newRoot, withFlipped(path, n)))
                            .isFalse();
                }
                if (!path.isEmpty()) {
                    assertThat(MerkleProofs.verifyConsistency(oldSize, newSize, oldRoot, newRoot,
                            path.subList(0, path.size() - 1))).isFalse();
                }
            }
        }
    }

    @Test
    void aLogThatChangedAnOldEntryHasNoValidConsistencyProof() {
        MerkleTreeFixture rewritten = MerkleTreeFixture.ofSize(7);
        rewritten.leaves.set(1, flipped(rewritten.leaves.get(1)));

        List<byte[]> path = MerkleProofs.consistencyPath(3, 7, rewritten);

        assertThat(MerkleProofs.verifyConsistency(3, 7, tree.root(0, 3), rewritten.root(0, 7), path)).isFalse();
    }

    private byte[] d(int index) {
        return tree.leaves.get(index);
    }

    private static byte[] flipped(byte[] hash) {
        byte[] copy = hash.clone();
        copy[0] ^= 0x01;
        return copy;
    }

    private static List<byte[]> withFlipped(List<byte[]> path, int index) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.set(index, flipped(copy.get(index)));
        return copy;
    }

    private static List<byte[]> appended(List<byte[]> path) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.add(TreeHashes.empty());
        return copy;
    }
}
