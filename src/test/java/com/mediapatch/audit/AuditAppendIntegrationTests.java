package com.mediapatch.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.internal.AuditChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

@IntegrationTest
class AuditAppendIntegrationTests {

    @Autowired
    AuditChain chain;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentAppendsGetGaplessSequenceNumbersAndAnIntactChain() throws Exception {
        long before = log.size();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            String actor = "member:writer-" + writer;
            results.add(writers.submit((Callable<List<Long>>) () -> {
                List<Long> sequences = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    sequences.add(chain.append(AuditableAction.of(Instant.now(), actor, "test.concurrent", null, null,
                            Map.of("i", Integer.toString(i)))).sequence());
                }
                return sequences;
            }));
        }
        List<Long> sequences = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            sequences.addAll(result.get());
        }
        writers.shutdown();

        assertThat(sequences).hasSize(200).doesNotHaveDuplicates().allMatch(sequence -> sequence > before);
        List<Long> stored = jdbc.queryForList("select seq from audit_entry where seq > ? order by seq", Long.class, before);
        assertThat(stored).containsExactlyElementsOf(
                LongStream.rangeClosed(before + 1, before + stored.size()).boxed().toList());
        assertThat(stored).containsAll(sequences);
        assertThat(log.verify().passed()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEntries() {
        AuditEntry entry = chain.append(AuditableAction.of(Instant.now(), "member:someone", "test.guarded", null, null,
                Map.of()));

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'member:mallory' where seq = ?",
                entry.sequence())).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", entry.sequence()))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(log.entry(entry.sequence())).contains(entry);
    }

    @Test
    void postgresAlsoRefusesToTruncateEntries() {
        assumeThat(new Tampering(jdbc).onPostgres()).as("H2 fires no trigger on TRUNCATE").isTrue();

        assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry")).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThat(log.size()).isPositive();
    }
}
