package com.mediapatch.audit.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.audit.Checkpoint;
import com.mediapatch.operations.PublicAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints of the log as it stands (size from the head row, root over the stored
 * leaf hashes), appends them to the checkpoint file and hands them to the witnesses: on
 * demand, and on a schedule when the log has grown since the last one, by whichever node
 * holds the cluster's checkpoint lease. Also signs restore records.
 */
@Component
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final AuditEntries entries;
    private final StoredTree tree;
    private final CheckpointNotary notary;
    private final CheckpointFile file;
    private final CheckpointWitnesses witnesses;
    private final CheckpointLease lease;
    private final AuditChain chain;
    private final String origin;
    private final Clock clock;

    Checkpoints(AuditEntries entries, StoredTree tree, CheckpointNotary notary, CheckpointFile file,
            CheckpointWitnesses witnesses, CheckpointLease lease, AuditChain chain, AuditProperties properties,
            PublicAddress address, Clock clock) {
        this.entries = entries;
        this.tree = tree;
        this.notary = notary;
        this.file = file;
        this.witnesses = witnesses;
        this.lease = lease;
        this.chain = chain;
        this.origin = properties.origin().isEmpty() ? "mediapatch/" + host(address) : properties.origin();
        this.clock = clock;
    }

    public Checkpoint create() {
        long size = entries.head().sequence();
        Checkpoint checkpoint = notary.sign(origin, size, tree.root(0, size), clock.instant());
        file.append(checkpoint);
        lease.signed(size);
        witnesses.send(CheckpointFile.format(checkpoint));
        return checkpoint;
    }

    /**
     * Signs a record that the log was restored to the size it has now, for the verifier to
     * accept the checkpoints beyond it that were signed before; the restore is then also the
     * log's next entry ("audit.log-restored").
     */
    public Checkpoint restored(String reason) {
        long size = entries.head().sequence();
        Checkpoint record = notary.sign(origin, size, tree.root(0, size), clock.instant(), reason);
        file.appendRestore(record, reason);
        lease.restoredTo(size);
        witnesses.send(CheckpointFile.formatRestore(record, reason));
        chain.append(AuditableAction.of(record.at(), "system:operator", "audit.log-restored", null, reason,
                Map.of("restoredSize", Long.toString(size))));
        return record;
    }

    /**
     * The newest validly signed checkpoint among the last lines of the file (checkpoints come
     * every minute, so the whole file is for the verifier only).
     */
    public Optional<Checkpoint> latest() {
        // Newest first, so the signature check (the costly part, asked on every God Mode overview) usually runs once.
        return file.tail().stream().filter(line -> line.checkpoint() != null && !line.restore())
                .map(CheckpointFile.Line::checkpoint)
                .sorted(Comparator.comparing(Checkpoint::at).thenComparingLong(Checkpoint::size).reversed())
                .filter(notary::verifies).findFirst();
    }

    /**
     * The scheduled checkpoint: only on the node holding the lease, and only when the log grew.
     * Never over a checkpoint log that has gone missing: a fresh file would hide the deletion,
     * so that takes the operator ("audit verify", then "audit checkpoint").
     */
    void createIfGrown() {
        long size = entries.head().sequence();
        if (lease.acquire() && lease.signedSize() < size) {
            if (!file.exists()) {
                log.error("The audit checkpoint log {} is missing: no checkpoint is signed until an operator has run "
                        + "\"audit verify\" and then \"audit checkpoint\"", file.path());
                return;
            }
            create();
        }
    }

    /** A first checkpoint over the empty log, so a checkpoint file that later goes missing is noticed. */
    void createGenesis() {
        if (!file.exists() && entries.head().sequence() == 0) {
            create();
        }
    }

    List<CheckpointFile.Line> lines() {
        return file.read();
    }

    CheckpointFile file() {
        return file;
    }

    CheckpointNotary notary() {
        return notary;
    }

    public String publicKey() {
        return notary.publicKey();
    }

    public String fingerprint() {
        return notary.fingerprint();
    }

    private static String host(PublicAddress address) {
        String host = URI.create(address.publicUrl()).getHost();
        return host == null ? "localhost" : host;
    }
}
