package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.mediapatch.audit.Checkpoint;

/**
 * Signs checkpoints with Ed25519 and checks their signatures. The signed text is four
 * lines, like a signed note: origin, size, the root in base64, and the time. A restore
 * record signs "restored", those four lines and the reason, so neither can pass for the other.
 * Without a key (the verifier on a data dir that has none) nothing verifies and nothing is signed.
 */
public class CheckpointNotary {

    private static final String RESTORED = "restored";

    private final KeyPair keys;

    public CheckpointNotary(KeyPair keys) {
        this.keys = keys;
    }

    public Checkpoint sign(String origin, long size, byte[] root, Instant at) {
        return sign(origin, size, root, at, null);
    }

    /** Signs a checkpoint, or with a reason a restore record. */
    public Checkpoint sign(String origin, long size, byte[] root, Instant at, String restoredReason) {
        if (keys == null) {
            throw new IllegalStateException("There is no checkpoint key to sign with");
        }
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(signedText(origin, size, root, second, restoredReason));
            return new Checkpoint(origin, size, TreeHashes.hex(root), second,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint", e);
        }
    }

    /** False for a wrong signature and for anything that cannot even be decoded. */
    public boolean verifies(Checkpoint checkpoint) {
        return verifies(checkpoint, null);
    }

    /** Whether the signature holds for a checkpoint (reason null) or a restore record. */
    public boolean verifies(Checkpoint checkpoint, String restoredReason) {
        if (keys == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.getPublic());
            verifier.update(signedText(checkpoint.origin(), checkpoint.size(), TreeHashes.fromHex(checkpoint.root()),
                    checkpoint.at(), restoredReason));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key (X.509, base64) that verifies every checkpoint of this installation; empty without a key. */
    public String publicKey() {
        return keys == null ? "" : Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The public key's fingerprint, the value operators pin; "none" without a key. */
    public String fingerprint() {
        return keys == null ? "none" : CheckpointKeys.fingerprint(keys.getPublic());
    }

    static byte[] signedText(String origin, long size, byte[] root, Instant at) {
        return signedText(origin, size, root, at, null);
    }

    private static byte[] signedText(String origin, long size, byte[] root, Instant at, String restoredReason) {
        String note = origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n" + at + "\n";
        return (restoredReason == null ? note : RESTORED + "\n" + note + restoredReason + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
