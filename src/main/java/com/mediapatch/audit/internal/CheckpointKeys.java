package com.mediapatch.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import com.mediapatch.operations.DataDirectory;

/**
 * The Ed25519 key pair that signs checkpoints, kept in the data dir and never in the
 * database, so whoever can rewrite the database still cannot sign a matching checkpoint.
 * Made on first start, readable by its owner only; two lines, the private key (PKCS#8) and
 * the public key (X.509), each base64 after a label. Every node of a cluster needs the same
 * pair: it can be given inline (mediapatch.audit.checkpoint-key) or as a file. Its
 * fingerprint, "SHA256:" and the unpadded base64 of the public key's SHA-256, is what
 * operators pin.
 */
final class CheckpointKeys {

    private static final String PRIVATE = "ed25519-private-pkcs8 ";
    private static final String PUBLIC = "ed25519-public-x509 ";

    private CheckpointKeys() {
    }

    static KeyPair loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            KeyPair fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path temporary = ownerOnly(file.resolveSibling(file.getFileName() + ".new"));
            Files.writeString(temporary, PRIVATE + base64(fresh.getPrivate().getEncoded()) + "\n"
                    + PUBLIC + base64(fresh.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                Files.delete(temporary);
                return read(file);
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key " + file + " is damaged", e);
        }
    }

    /** The key pair in the file, or null when there is no such file; never creates anything. */
    static KeyPair loadIfPresent(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key " + file + " is damaged", e);
        }
    }

    /** The key pair given inline: the file's two lines, separated by newlines or spaces. */
    static KeyPair parse(String text) {
        String[] words = text.strip().split("\\s+");
        try {
            if (words.length != 4) {
                throw new GeneralSecurityException("expected a private and a public key line");
            }
            return pair(words[0] + " " + words[1], words[2] + " " + words[3]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key given in mediapatch.audit.checkpoint-key is damaged", e);
        }
    }

    /** "SHA256:" and the unpadded base64 of SHA-256 over the public key (X.509). */
    static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new GeneralSecurityException("expected a private and a public key line");
        }
        return pair(lines.get(0), lines.get(1));
    }

    private static KeyPair pair(String privateLine, String publicLine) throws GeneralSecurityException {
        if (!privateLine.startsWith(PRIVATE) || !publicLine.startsWith(PUBLIC)) {
            throw new GeneralSecurityException("expected a private and a public key line");
        }
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(unbase64(publicLine.substring(PUBLIC.length())))),
                keys.generatePrivate(new PKCS8EncodedKeySpec(unbase64(privateLine.substring(PRIVATE.length())))));
    }

    private static Path ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        return DataDirectory.createOwnerOnlyFile(file);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unbase64(String text) throws GeneralSecurityException {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not base64", e);
        }
    }
}
