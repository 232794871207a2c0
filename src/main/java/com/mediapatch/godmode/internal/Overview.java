package com.mediapatch.godmode.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.audit.Checkpoint;
import com.mediapatch.godmode.SiteState;
import com.mediapatch.shared.Statistic;
import com.mediapatch.vault.VaultKeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Service;

/** Gathers the God Mode overview: every module's numbers, health, storage, keys and recent security events. */
@Service
public class Overview {

    private static final int RECENT_EVENTS = 12;
    private static final Predicate<AuditEntry> SECURITY_EVENT = entry -> entry.action().startsWith("security.")
            || entry.action().contains("sign-in") || entry.action().startsWith("godmode.");

    private final CommunityNumbers numbers;
    private final HealthEndpoint health;
    private final AuditLog audit;
    private final VaultKeys vault;
    private final SiteSettings site;
    private final ActorNames actorNames;
    private final Path dataDir;
    private final LoadingCache<Path, Long> storageUsed = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .build(Overview::sizeOf);

    Overview(CommunityNumbers numbers, HealthEndpoint health, AuditLog audit, VaultKeys vault, SiteSettings site,
            ActorNames actorNames, @Value("${mediapatch.data-dir}") String dataDir) {
        this.actorNames = actorNames;
        this.numbers = numbers;
        this.health = health;
        this.audit = audit;
        this.vault = vault;
        this.site = site;
        this.dataDir = Path.of(dataDir);
    }

    /**
     * The overview.
     *
     * @param statistics every module's numbers, at most a minute old
     * @param health the actuator's overall status (UP, DOWN...)
     * @param dataDirBytes bytes stored in the data dir
     * @param freeBytes bytes free on its disk
     * @param site the site's switches
     * @param auditEntries entries in the audit log
     * @param lastCheckpoint the newest signed checkpoint, or null
     * @param keys the vault's keys and pending re-encryption
     * @param recentSecurityEvents the newest sign-in, refusal and God Mode entries
     * @param names "@handle" for the members those entries name as "member:id"
     */
    public record Snapshot(List<Statistic> statistics, String health, long dataDirBytes, long freeBytes, SiteState site,
            long auditEntries, Checkpoint lastCheckpoint, VaultKeys.VaultStatus keys, List<AuditEntry> recentSecurityEvents,
            Map<String, String> names) {

        /** How an actor is shown: the member's handle when known, else as stored. */
        public String name(String actor) {
            return names.getOrDefault(actor, actor);
        }
    }

    public Snapshot snapshot() {
        List<Statistic> statistics = numbers.current();
        List<AuditEntry> recent = audit.entries(AuditQuery.newest(200)).entries().stream().filter(SECURITY_EVENT)
                .limit(RECENT_EVENTS).toList();
        return new Snapshot(statistics, health.health().getStatus().getCode(), storageUsed.get(dataDir), free(),
                site.state(), audit.size(), audit.latestCheckpoint().orElse(null), vault.status(), recent, actorNames.of(recent));
    }

    private long free() {
        try {
            FileStore store = Files.getFileStore(dataDir);
            return store.getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long sizeOf(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException vanished) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
