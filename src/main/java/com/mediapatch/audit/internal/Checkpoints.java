package com.mediapatch.audit.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.mediapatch.audit.Checkpoint;
import com.mediapatch.operations.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * Signs checkpoints of the log as it stands (size from the head row, root over the stored
 * leaf hashes) and appends them to the checkpoint file: on demand, and on a schedule when
 * the log has grown since the last one.
 */
@Component
public class Checkpoints {

    private final AuditEntries entries;
    private final StoredTree tree;
    private final CheckpointNotary notary;
    private final CheckpointFile file;
    private final String origin;
    private final Clock clock;

    Checkpoints(AuditEntries entries, StoredTree tree, CheckpointNotary notary, CheckpointFile file,
            AuditProperties properties, PublicAddress address, Clock clock) {
        this.entries = entries;
        this.tree = tree;
        this.notary = notary;
        this.file = file;
        this.origin = properties.origin().isEmpty() ? "mediapatch/" + host(address) : properties.origin();
        this.clock = clock;
    }

    public Checkpoint create() {
        long size = entries.head().sequence();
        Checkpoint checkpoint = notary.sign(origin, size, tree.root(0, size), clock.instant());
        file.append(checkpoint);
        return checkpoint;
    }

    /** The validly signed checkpoint covering the most entries (the newest of those, if several). */
    public Optional<Checkpoint> latest() {
        return file.read().stream().map(CheckpointFile.Line::checkpoint).filter(Objects::nonNull)
                .filter(notary::verifies)
                .max(Comparator.comparingLong(Checkpoint::size).thenComparing(Checkpoint::at));
    }

    void createIfGrown() {
        long size = entries.head().sequence();
        if (size > 0 && latest().map(Checkpoint::size).orElse(0L) < size) {
            create();
        }
    }

    List<CheckpointFile.Line> lines() {
        return file.read();
    }

    boolean verifies(Checkpoint checkpoint) {
        return notary.verifies(checkpoint);
    }

    public String publicKey() {
        return notary.publicKey();
    }

    private static String host(PublicAddress address) {
        String host = URI.create(address.publicUrl()).getHost();
        return host == null ? "localhost" : host;
    }
}
