package com.mediapatch.vault.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.mediapatch.vault.FieldCipher;
import com.mediapatch.vault.SealedColumn;
import com.mediapatch.vault.SealedValueDamaged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks every declared sealed column in id order and re-encrypts values not sealed with the
 * primary key. Each update is a compare-and-set on the old ciphertext, so a value the
 * application changed meanwhile, or another node's pass, is never overwritten.
 */
@Component
class Resealer {

    private static final Logger log = LoggerFactory.getLogger(Resealer.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final List<SealedColumn> columns;

    Resealer(JdbcTemplate jdbc, FieldCipher cipher, List<SealedColumn> columns) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.columns = List.copyOf(columns);
    }

    /**
     * What a pass did. Values that cannot be opened in their row (altered or moved) are
     * counted per key; they cannot be re-encrypted and do not keep their key alive.
     */
    record Pass(long resealed, long alreadyCurrent, Map<Long, Long> unopenableByKey) {
    }

    Pass resealAll() {
        long[] counts = new long[2];
        Map<Long, Long> unopenable = new TreeMap<>();
        for (SealedColumn column : columns) {
            forEachValue(column, (id, sealed) -> {
                if (cipher.isSealedWithPrimary(sealed)) {
                    counts[1]++;
                } else if (reseal(column, id, sealed)) {
                    counts[0]++;
                } else {
                    unopenable.merge(TinkFieldCipher.keyId(sealed).orElse(-1), 1L, Long::sum);
                }
            });
        }
        return new Pass(counts[0], counts[1], unopenable);
    }

    /** Per column, how many values each key id seals (-1 for values that are no vault ciphertext). */
    Map<String, Map<Long, Long>> usage() {
        Map<String, Map<Long, Long>> usage = new TreeMap<>();
        for (SealedColumn column : columns) {
            Map<Long, Long> byKey = new TreeMap<>();
            forEachValue(column, (id, sealed) -> byKey.merge(TinkFieldCipher.keyId(sealed).orElse(-1), 1L, Long::sum));
            usage.put(column.label(), byKey);
        }
        return usage;
    }

    private boolean reseal(SealedColumn column, Object id, String sealed) {
        try {
            String fresh = cipher.seal(cipher.open(sealed, column.binding(id)), column.binding(id));
            // A lost compare-and-set means the row changed meanwhile: the next pass looks again.
            return jdbc.update("update " + column.table() + " set " + column.column() + " = ? where "
                    + column.idColumn() + " = ? and " + column.column() + " = ?", fresh, id, sealed) == 1;
        } catch (SealedValueDamaged damaged) {
            log.warn("Skipped a value that cannot be opened during re-encryption: {}", damaged.getMessage());
            return false;
        }
    }

    private void forEachValue(SealedColumn column, BiConsumer<Object, String> action) {
        String select = "select " + column.idColumn() + ", " + column.column() + " from " + column.table();
        String order = " order by " + column.idColumn() + " limit " + BATCH;
        Object after = null;
        while (true) {
            List<Object[]> page = after == null
                    ? jdbc.query(select + order, (row, n) -> new Object[] {row.getObject(1), row.getString(2)})
                    : jdbc.query(select + " where " + column.idColumn() + " > ?" + order,
                            (row, n) -> new Object[] {row.getObject(1), row.getString(2)}, after);
            page.forEach(row -> action.accept(row[0], (String) row[1]));
            if (page.size() < BATCH) {
                return;
            }
            after = page.get(page.size() - 1)[0];
        }
    }
}
