package com.mediapatch.vault.internal;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.mediapatch.shared.Recounted;
import com.mediapatch.vault.VaultKeyRetired;
import com.mediapatch.vault.VaultKeyRotated;
import com.mediapatch.vault.VaultKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation and retirement of field keys. A rotation adds a primary key at once; the
 * re-encryption runs in the background (right after the rotation and then periodically), and
 * a key is retired only once no stored value uses it and every node has had time to switch.
 */
@Service
class VaultKeyManagement implements VaultKeys {

    private final FieldKeyset keyset;
    private final Resealer resealer;
    private final MasterKeyset master;
    private final JdbcTemplate jdbc;
    private final VaultProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /*
     * Counting values per key reads every sealed value (a million messages take seconds), and the God Mode overview
     * asks on every view: the count is kept for a minute and refreshed in the background, and dropped here whenever
     * this node rotates or re-encrypts. Other nodes catch up within the minute.
     */
    private final Recounted<Map<String, Map<Long, Long>>> columnUsage;

    VaultKeyManagement(FieldKeyset keyset, Resealer resealer, MasterKeyset master, JdbcTemplate jdbc,
            VaultProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.keyset = keyset;
        this.resealer = resealer;
        this.master = master;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.columnUsage = Recounted.every(Duration.ofMinutes(1), resealer::usage);
    }

    @Override
    public VaultStatus status() {
        List<KeyInfo> keys = keys(keyset.reload().handle());
        // With no older key still live every value is under the primary key: nothing to count (a million reads).
        boolean resealing = keys.stream().anyMatch(key -> !key.primary() && !key.retired());
        List<ColumnUsage> columns = !resealing ? List.of() : columnUsage.current().entrySet().stream()
                .map(entry -> new ColumnUsage(entry.getKey(), entry.getValue())).toList();
        return new VaultStatus(keys, columns, master.source());
    }

    @Override
    @PreAuthorize("hasRole('GOD')")
    @Transactional
    public KeyInfo rotate(String actor) {
        long previous = keyset.current().primaryId();
        try {
            FieldKeyset.Loaded rotated = keyset.rotate();
            columnUsage.forget();
            events.publishEvent(new VaultKeyRotated(rotated.primaryId(), previous, actor, clock.instant()));
            return keys(rotated.handle()).get(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key rotation failed", e);
        }
    }

    @Override
    public ResealReport resealNow() {
        Resealer.Pass pass = resealer.resealAll();
        columnUsage.forget();
        long unopenable = pass.unopenableByKey().values().stream().mapToLong(Long::longValue).sum();
        return new ResealReport(pass.resealed(), pass.alreadyCurrent(), unopenable, retireUnusedKeys(pass.unopenableByKey()));
    }

    @ApplicationModuleListener(id = "vault.on-key-rotated")
    void resealAfterRotation(VaultKeyRotated rotated) {
        resealNow();
    }

    @Scheduled(fixedDelayString = "${mediapatch.vault.reseal-interval:1m}", initialDelayString = "${mediapatch.vault.reseal-interval:1m}")
    void resealPeriodically() {
        if (keys(keyset.current().handle()).stream().anyMatch(key -> !key.primary() && !key.retired())) {
            resealNow();
        }
    }

    private List<Long> retireUnusedKeys(Map<Long, Long> unopenableByKey) {
        List<KeyInfo> keys = keys(keyset.reload().handle());
        Instant primarySince = keys.get(0).createdAt();
        if (primarySince != null && primarySince.plus(properties.retireGrace()).isAfter(clock.instant())) {
            return List.of();
        }
        Map<String, Map<Long, Long>> usage = resealer.usage();
        List<Long> retired = new ArrayList<>();
        for (KeyInfo key : keys) {
            long stillSealed = usage.values().stream().mapToLong(byKey -> byKey.getOrDefault(key.id(), 0L)).sum();
            boolean unused = stillSealed <= unopenableByKey.getOrDefault(key.id(), 0L);
            if (!key.primary() && !key.retired() && unused) {
                try {
                    keyset.retire(key.id());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Retiring key " + key.id() + " failed", e);
                }
                events.publishEvent(new VaultKeyRetired(key.id(), clock.instant()));
                retired.add(key.id());
            }
        }
        return retired;
    }

    private List<KeyInfo> keys(KeysetHandle handle) {
        List<KeyInfo> keys = new ArrayList<>();
        for (int i = 0; i < handle.size(); i++) {
            KeysetHandle.Entry entry = handle.getAt(i);
            long id = Integer.toUnsignedLong(entry.getId());
            List<Instant[]> dates = jdbc.query("select created_at, retired_at from vault_key where key_id = ?",
                    (row, n) -> new Instant[] {instant(row.getTimestamp(1)), instant(row.getTimestamp(2))}, id);
            Instant[] known = dates.isEmpty() ? new Instant[2] : dates.get(0);
            keys.add(new KeyInfo(id, entry.isPrimary(), entry.getStatus() != KeyStatus.ENABLED, known[0], known[1]));
        }
        keys.sort(Comparator.comparing(KeyInfo::primary).reversed()
                .thenComparing(KeyInfo::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return keys;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
