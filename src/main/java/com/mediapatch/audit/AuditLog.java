package com.mediapatch.audit;

import java.util.List;
import java.util.Optional;

import com.mediapatch.audit.internal.AuditEntries;
import com.mediapatch.audit.internal.AuditVerifier;
import com.mediapatch.audit.internal.Checkpoints;
import com.mediapatch.audit.internal.MerkleProofs;
import com.mediapatch.audit.internal.StoredTree;
import com.mediapatch.audit.internal.TreeHashes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit log, read-only: entries are only ever added by the audit module
 * itself, from events (publish an {@link AuditableAction} to record something). Offers
 * filtered pages, Merkle proofs (RFC 9162) that an entry is in the log and that the log only
 * grew, signed checkpoints, and a full verification.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final StoredTree tree;
    private final Checkpoints checkpoints;
    private final AuditVerifier verifier;

    AuditLog(AuditEntries entries, StoredTree tree, Checkpoints checkpoints, AuditVerifier verifier) {
        this.entries = entries;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
    }

    /** A page of entries matching the query, newest first. */
    public AuditPage entries(AuditQuery query) {
        return entries.page(query);
    }

    public Optional<AuditEntry> entry(long sequence) {
        return entries.find(sequence);
    }

    /** How many entries the log has. */
    public long size() {
        return entries.head().sequence();
    }

    /** Proof that entry {@code sequence} is in the log's first {@code treeSize} entries. */
    @Transactional(readOnly = true)
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        long size = size();
        if (sequence < 1 || sequence > treeSize || treeSize > size) {
            throw new ProofUnavailable("No entry " + sequence + " in a log of " + treeSize + " entries; the log has "
                    + size + ".");
        }
        AuditEntry entry = entries.find(sequence).orElseThrow(() -> new ProofUnavailable("Entry " + sequence
                + " is missing from the log; run the audit verifier."));
        List<byte[]> path = MerkleProofs.inclusionPath(sequence - 1, treeSize, tree);
        return new InclusionProof(sequence, treeSize, entry.leafHash(), hex(path), TreeHashes.hex(tree.root(0, treeSize)));
    }

    /** Proof that the log's first {@code toSize} entries begin with its first {@code fromSize}. */
    @Transactional(readOnly = true)
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        long size = size();
        if (fromSize < 1 || fromSize > toSize || toSize > size) {
            throw new ProofUnavailable("No consistency proof from " + fromSize + " to " + toSize
                    + " entries; the log has " + size + ".");
        }
        return new ConsistencyProof(fromSize, toSize, TreeHashes.hex(tree.root(0, fromSize)),
                TreeHashes.hex(tree.root(0, toSize)), hex(MerkleProofs.consistencyPath(fromSize, toSize, tree)));
    }

    /** The validly signed checkpoint covering the most entries, if any was made. */
    public Optional<Checkpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** Signs a checkpoint of the log as it is now and appends it to the checkpoint file. */
    public Checkpoint checkpoint() {
        return checkpoints.create();
    }

    /** The Ed25519 public key (X.509, base64) that verifies this installation's checkpoints. */
    public String checkpointKey() {
        return checkpoints.publicKey();
    }

    /**
     * Signs a record that the log was restored to the size it has now (run it right after
     * restoring an older database): the verifier then accepts the checkpoints signed before
     * it that cover more entries, and reports the restore. Also goes to the witnesses.
     *
     * @param reason why, in the operator's words (no member content)
     */
    public Checkpoint recordRestore(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RestoreReasonMissing();
        }
        return checkpoints.restored(reason.strip());
    }

    /** The fingerprint ("SHA256:...") of the checkpoint key, the value to pin in mediapatch.audit.checkpoint-key-fingerprint. */
    public String checkpointKeyFingerprint() {
        return checkpoints.fingerprint();
    }

    /**
     * Checks the whole log, every checkpoint and the anchor outside the database, with the
     * limits configured in mediapatch.audit.verify.*; takes time proportional to the log's length.
     */
    public AuditVerification verify() {
        return verifier.verify(verifier.configuredOptions());
    }

    /** The same check with other limits, or against a witness copy of the checkpoint log. */
    public AuditVerification verify(VerificationOptions options) {
        return verifier.verify(options);
    }

    /** The limits configured in mediapatch.audit.verify.*, for adding a witness to. */
    public VerificationOptions configuredVerificationOptions() {
        return verifier.configuredOptions();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(TreeHashes::hex).toList();
    }
}
