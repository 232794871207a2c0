package com.mediapatch.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactRangeTests {

    @Test
    void emptyRangeHasTheEmptyTreeHash() {
        assertThat(new CompactRange().root()).isEqualTo(TreeHashes.empty());
    }

    @Test
    void rootEqualsTheFullTreeHashForEverySizeUpTo70() {
        MerkleTreeFixture tree = MerkleTreeFixture.ofSize(70);
        CompactRange range = new CompactRange();
        for (int size = 1; size <= 70; size++) {
            range.add(tree.leaves.get(size - 1));

            assertThat(range.size()).isEqualTo(size);
            assertThat(range.root()).as("size %d", size).isEqualTo(tree.root(0, size));
        }
    }

    @Test
    void rootOfThreeLeavesIsTheLeftPairThenTheThird() {
        MerkleTreeFixture tree = MerkleTreeFixture.ofSize(3);
        CompactRange range = new CompactRange();
        tree.leaves.forEach(range::add);

        assertThat(range.root()).isEqualTo(TreeHashes.node(TreeHashes.node(tree.leaves.get(0), tree.leaves.get(1)),
                tree.leaves.get(2)));
    }
}
