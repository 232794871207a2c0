package com.mediapatch.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AES-256-GCM keyset that encrypts fields, stored in {@code vault_keyset} wrapped by the
 * master keyset so every node shares it. Each node caches it and re-reads it when another
 * node rotated (the version column tells).
 */
@Component
class FieldKeyset implements InitializingBean {

    private static final String NAME = "fields";
    private static final byte[] WRAPPING_CONTEXT = "vault_keyset:fields".getBytes(StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final MasterKeyset master;
    private final Clock clock;
    private volatile Loaded loaded;

    FieldKeyset(JdbcTemplate jdbc, MasterKeyset master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        reload();
    }

    /** A keyset version with its ready-to-use primitive. */
    record Loaded(long version, KeysetHandle handle, Aead aead) {

        long primaryId() {
            return Integer.toUnsignedLong(handle.getPrimary().getId());
        }
    }

    Loaded current() {
        Loaded now = loaded;
        return now != null ? now : reload();
    }

    synchronized Loaded reload() {
        List<Loaded> stored = jdbc.query("select version, encrypted_keyset from vault_keyset where name = ?",
                (row, n) -> unwrap(row.getLong(1), row.getString(2)), NAME);
        loaded = stored.isEmpty() ? createFirst() : stored.get(0);
        return loaded;
    }

    @Scheduled(fixedDelayString = "${mediapatch.vault.keyset-refresh:30s}")
    void refreshIfRotatedElsewhere() {
        Long version = jdbc.query("select version from vault_keyset where name = ?", rs -> rs.next() ? rs.getLong(1) : null, NAME);
        Loaded now = loaded;
        if (version != null && (now == null || now.version() != version)) {
            reload();
        }
    }

    /** Adds a fresh primary key and returns the new keyset version. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Loaded rotate() throws GeneralSecurityException {
        Loaded locked = lockForChange();
        KeysetHandle rotated = KeysetHandle.newBuilder(locked.handle())
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
        Loaded next = store(locked.version(), rotated);
        jdbc.update("insert into vault_key (key_id, created_at) values (?, ?)", next.primaryId(), Timestamp.from(clock.instant()));
        return next;
    }

    /** Disables a key that no stored value uses any more; the primary is never retired. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void retire(long keyId) throws GeneralSecurityException {
        Loaded locked = lockForChange();
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(locked.handle());
        for (int i = 0; i < builder.size(); i++) {
            KeysetHandle.Entry key = locked.handle().getAt(i);
            if (Integer.toUnsignedLong(key.getId()) == keyId && !key.isPrimary()) {
                builder.getAt(i).setStatus(KeyStatus.DISABLED);
            }
        }
        store(locked.version(), builder.build());
        jdbc.update("update vault_key set retired_at = ? where key_id = ?", Timestamp.from(clock.instant()), keyId);
    }

    private Loaded lockForChange() {
        current();
        return jdbc.queryForObject("select version, encrypted_keyset from vault_keyset where name = ? for update",
                (row, n) -> unwrap(row.getLong(1), row.getString(2)), NAME);
    }

    private Loaded store(long previousVersion, KeysetHandle handle) throws GeneralSecurityException {
        String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master.aead(), WRAPPING_CONTEXT);
        jdbc.update("update vault_keyset set version = ?, encrypted_keyset = ?, updated_at = ? where name = ? and version = ?",
                previousVersion + 1, wrapped, Timestamp.from(clock.instant()), NAME, previousVersion);
        loaded = null;
        return withPrimitive(previousVersion + 1, handle);
    }

    private Loaded createFirst() {
        try {
            KeysetHandle first = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(first, master.aead(), WRAPPING_CONTEXT);
            jdbc.update("insert into vault_keyset (name, version, encrypted_keyset, updated_at) values (?, 1, ?, ?)",
                    NAME, wrapped, Timestamp.from(clock.instant()));
            Loaded created = withPrimitive(1, first);
            jdbc.update("insert into vault_key (key_id, created_at) values (?, ?)", created.primaryId(), Timestamp.from(clock.instant()));
            return created;
        } catch (DuplicateKeyException createdByAnotherNode) {
            return jdbc.queryForObject("select version, encrypted_keyset from vault_keyset where name = ?",
                    (row, n) -> unwrap(row.getLong(1), row.getString(2)), NAME);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the field keyset", e);
        }
    }

    private Loaded unwrap(long version, String wrapped) {
        try {
            return withPrimitive(version, TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(), WRAPPING_CONTEXT));
        } catch (GeneralSecurityException e) {
            master.discardIfMadeJustNow();
            throw new MasterKeysetMismatch(master.source(), master.madeJustNow(), e);
        }
    }

    private static Loaded withPrimitive(long version, KeysetHandle handle) throws GeneralSecurityException {
        return new Loaded(version, handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
    }
}
