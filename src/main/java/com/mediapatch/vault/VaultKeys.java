package com.mediapatch.vault;

import java.util.List;

/**
 * Key management for operators: what the field keyset holds and how far re-encryption has
 * come, and rotation to a fresh primary key.
 */
public interface VaultKeys {

    /** Keys of the field keyset, newest first, with how many stored values await re-encryption. */
    VaultStatus status();

    /** Adds a new primary key; existing values are re-encrypted in the background. */
    KeyInfo rotate(String actor);

    /** Re-encrypts every value not sealed with the primary key, then retires unused keys. */
    ResealReport resealNow();

    /** One key of the field keyset. */
    record KeyInfo(long id, boolean primary, boolean retired, java.time.Instant createdAt, java.time.Instant retiredAt) {
    }

    /**
     * The keyset and, while an older key is still live (re-encryption pending), per sealed column the number of
     * values under each key id; otherwise every value is under the primary key and no column is listed.
     */
    record VaultStatus(List<KeyInfo> keys, List<ColumnUsage> columns, String masterKeySource) {

        /** Values not yet under the primary key, over all columns. */
        public long pendingReseal() {
            long primary = keys.stream().filter(KeyInfo::primary).mapToLong(KeyInfo::id).findFirst().orElse(-1);
            return columns.stream().flatMap(column -> column.valuesByKey().entrySet().stream())
                    .filter(entry -> entry.getKey() != primary).mapToLong(java.util.Map.Entry::getValue).sum();
        }
    }

    /** How many values of one sealed column each key id seals. */
    record ColumnUsage(String column, java.util.Map<Long, Long> valuesByKey) {
    }

    /**
     * What one re-encryption pass did. Unopenable values were altered or moved to another
     * row; they stay as they are (evidence) and do not keep their key from retiring.
     */
    record ResealReport(long resealed, long alreadyCurrent, long unopenable, List<Long> retiredKeys) {
    }
}
