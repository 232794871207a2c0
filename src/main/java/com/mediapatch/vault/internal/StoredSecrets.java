package com.mediapatch.vault.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mediapatch.vault.FieldCipher;
import com.mediapatch.vault.NamedSecrets;
import com.mediapatch.vault.SealedColumn;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Named secrets in {@code vault_secret}, sealed with the field keyset and bound to their
 * name. The first node to ask creates one; the others read the same.
 */
@Component
class StoredSecrets implements NamedSecrets {

    static final SealedColumn MATERIAL = new SealedColumn("vault_secret", "name", "material");

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    StoredSecrets(JdbcTemplate jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public byte[] secret(String name, int bytes) {
        return cache.computeIfAbsent(name, key -> stored(key).orElseGet(() -> create(key, bytes))).clone();
    }

    private Optional<byte[]> stored(String name) {
        List<String> sealed = jdbc.queryForList("select material from vault_secret where name = ?", String.class, name);
        return sealed.stream().findFirst().map(value -> Base64.getDecoder().decode(cipher.open(value, MATERIAL.binding(name))));
    }

    private byte[] create(String name, int bytes) {
        byte[] fresh = new byte[bytes];
        random.nextBytes(fresh);
        try {
            jdbc.update("insert into vault_secret (name, material, created_at) values (?, ?, ?)", name,
                    cipher.seal(Base64.getEncoder().encodeToString(fresh), MATERIAL.binding(name)), Timestamp.from(clock.instant()));
            return fresh;
        } catch (DuplicateKeyException createdByAnotherNode) {
            return stored(name).orElseThrow();
        }
    }
}
