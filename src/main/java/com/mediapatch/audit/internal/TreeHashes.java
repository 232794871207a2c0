package com.mediapatch.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 the way RFC 6962 and RFC 9162 hash a log: leaves with a 0x00 prefix and interior
 * nodes with 0x01, so a leaf can never pass for a node. The audit chain links each leaf to
 * the chain value before it.
 */
public final class TreeHashes {

    public static final int SIZE = 32;

    /** The chain value before the first entry. */
    public static final byte[] GENESIS = new byte[SIZE];

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    });

    private TreeHashes() {
    }

    /** SHA-256(0x00 || data). */
    public static byte[] leaf(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** SHA-256(previous chain || leaf). */
    public static byte[] chain(byte[] previous, byte[] leaf) {
        MessageDigest digest = SHA256.get();
        digest.update(previous);
        return digest.digest(leaf);
    }

    /** The root of the empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return SHA256.get().digest();
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** The 32 bytes a 64-digit hex string stands for; anything else is refused. */
    public static byte[] fromHex(String hex) {
        if (hex == null || hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("not a SHA-256 value in hex: " + hex);
        }
        return HEX.parseHex(hex);
    }
}
