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
 * lines, like a signed note: origin, size, the root in base64, and the time.
 */
public class CheckpointNotary {

    private final KeyPair keys;

    public CheckpointNotary(KeyPair keys) {
        this.keys = keys;
    }

    public Checkpoint sign(String origin, long size, byte[] root, Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(signedText(origin, size, root, second));
            return new Checkpoint(origin, size, TreeHashes.hex(root), second,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint", e);
        }
    }

    /** False for a wrong signature and for anything that cannot even be decoded. */
    public boolean verifies(Checkpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.getPublic());
            verifier.update(signedText(checkpoint.origin(), checkpoint.size(), TreeHashes.fromHex(checkpoint.root()),
                    checkpoint.at()));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key (X.509, base64) that verifies every checkpoint of this installation. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    static byte[] signedText(String origin, long size, byte[] root, Instant at) {
        return (origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n" + at + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
