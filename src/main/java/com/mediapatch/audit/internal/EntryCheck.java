package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import com.mediapatch.audit.AuditVerification.Mismatch;
import com.mediapatch.audit.AuditVerification.Mismatch.Field;

/**
 * Checks one stored row on its own: that its body is canonical JSON saying exactly what its
 * columns say, that the leaf hash is the body's, and that the chain hash links the leaf to
 * the previous row's chain hash. Never throws: whatever is wrong becomes the mismatch.
 *
 * @param mismatch the first thing wrong with the row, or null
 * @param leaf the leaf hash of the body as stored, which the Merkle tree is built from
 * @param chain the chain hash the next row must link to
 */
record EntryCheck(Mismatch mismatch, byte[] leaf, byte[] chain) {

    static EntryCheck of(StoredRow row, byte[] previousChain) {
        byte[] leaf = TreeHashes.leaf(String.valueOf(row.body()).getBytes(StandardCharsets.UTF_8));
        byte[] storedLeaf = decode(row.leafHash());
        byte[] storedChain = decode(row.chainHash());
        byte[] expectedChain = TreeHashes.chain(previousChain, storedLeaf == null ? leaf : storedLeaf);
        String bodyProblem = bodyProblem(row);
        Mismatch mismatch = null;
        if (bodyProblem != null) {
            mismatch = new Mismatch(row.sequence(), Field.BODY, bodyProblem);
        } else if (!Arrays.equals(storedLeaf, leaf)) {
            mismatch = new Mismatch(row.sequence(), Field.LEAF_HASH, "stored leaf hash " + row.leafHash()
                    + " but the body hashes to " + TreeHashes.hex(leaf));
        } else if (!Arrays.equals(storedChain, expectedChain)) {
            mismatch = new Mismatch(row.sequence(), Field.CHAIN_HASH, "stored chain hash " + row.chainHash()
                    + " but the previous chain hash and this leaf give " + TreeHashes.hex(expectedChain));
        }
        return new EntryCheck(mismatch, leaf, storedChain == null ? expectedChain : storedChain);
    }

    private static String bodyProblem(StoredRow row) {
        Map<String, Object> body;
        try {
            body = JsonReader.object(row.body());
        } catch (JsonReader.Malformed e) {
            return "body is not readable JSON: " + e.getMessage();
        }
        Map<String, Object> columns;
        try {
            columns = EntryBody.fields(row.sequence(), row.asAction());
        } catch (RuntimeException e) {
            return "stored columns cannot be read: " + e.getMessage();
        }
        TreeSet<String> differing = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>(body.keySet());
        names.addAll(columns.keySet());
        for (String name : names) {
            if (!body.containsKey(name) || !Objects.equals(body.get(name), columns.get(name))) {
                differing.add(name);
            }
        }
        if (!differing.isEmpty()) {
            return "body and stored columns differ in " + String.join(", ", differing);
        }
        return CanonicalJson.write(body).equals(row.body()) ? null : "body is not in canonical form";
    }

    private static byte[] decode(String hex) {
        try {
            return TreeHashes.fromHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
