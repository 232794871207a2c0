package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreeHashesTests {

    @Test
    void emptyTreeAndEmptyLeafHaveTheRfc6962Hashes() {
        assertThat(TreeHashes.hex(TreeHashes.empty()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(TreeHashes.hex(TreeHashes.leaf(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void leavesNodesAndChainsHashTheirOwnPrefixes() throws Exception {
        byte[] body = "{\"seq\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] leaf = TreeHashes.leaf(body);
        byte[] other = TreeHashes.leaf("x".getBytes(StandardCharsets.UTF_8));

        assertThat(leaf).isEqualTo(sha256(new byte[] {0x00}, body));
        assertThat(TreeHashes.node(leaf, other)).isEqualTo(sha256(new byte[] {0x01}, leaf, other));
        assertThat(TreeHashes.chain(TreeHashes.GENESIS, leaf)).isEqualTo(sha256(new byte[32], leaf));
        assertThat(TreeHashes.node(leaf, other)).isNotEqualTo(TreeHashes.node(other, leaf));
    }

    @Test
    void hexRoundTripsAndRefusesAnythingButSha256() {
        byte[] hash = TreeHashes.leaf(new byte[] {1, 2, 3});

        assertThat(TreeHashes.fromHex(TreeHashes.hex(hash))).isEqualTo(hash);
        assertThatThrownBy(() -> TreeHashes.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHashes.fromHex("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHashes.fromHex(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
