package com.mediapatch.audit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mediapatch.MediaPatchApplication;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.Checkpoint;
import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.AuditableAction;
import com.mediapatch.audit.internal.AuditChain;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Appends entries to the audit log of a fresh embedded (H2) installation and times the
 * appends, a full verification, a checkpoint and proofs. Not a test: run it with
 * bench/audit/run.sh [entries] [writers].
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dataDir = Files.createTempDirectory("audit-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediaPatchApplication.class)
                .properties("logging.level.root=warn").run("--mediapatch.data-dir=" + dataDir, "--server.port=0",
                        "--spring.profiles.active=default")) {
            AuditChain chain = context.getBean(AuditChain.class);
            AuditLog log = context.getBean(AuditLog.class);
            Clock clock = context.getBean(Clock.class);

            long start = System.nanoTime();
            append(chain, clock, entries, writers);
            double appendSeconds = seconds(start);
            report("append", entries + " entries, " + writers + " writer(s): %.1f s, %.0f entries/s", appendSeconds,
                    entries / appendSeconds);

            start = System.nanoTime();
            Checkpoint checkpoint = log.checkpoint();
            report("checkpoint", "size %d: %.2f s", checkpoint.size(), seconds(start));

            start = System.nanoTime();
            boolean proofs = log.inclusionProof(entries / 2, entries).verifiesAgainst(checkpoint.root())
                    && log.consistencyProof(entries / 3, entries).verifies();
            report("proofs", "inclusion + consistency at size %d: %.2f s, valid %s", entries, seconds(start), proofs);

            System.gc();
            start = System.nanoTime();
            AuditVerification result = log.verify();
            report("verify", "%d entries: %.1f s (%.0f entries/s), passed %s", result.entriesChecked(), seconds(start),
                    result.entriesChecked() / seconds(start), result.passed());
            Runtime runtime = Runtime.getRuntime();
            report("heap", "%d MiB used after verification, max %d MiB",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        }
    }

    private static void append(AuditChain chain, Clock clock, long entries, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String actor = "member:bench-" + writer;
            long share = entries / writers + (writer < entries % writers ? 1 : 0);
            running.add(pool.submit(() -> {
                for (long i = 0; i < share; i++) {
                    chain.append(new AuditableAction(clock.instant(), actor, null, "bench.appended", "thing:" + i,
                            null, "198.51.100.7", "AuditBenchmark/1.0", Map.of("i", Long.toString(i))));
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String what, String format, Object... values) {
        System.out.printf("%-10s %s%n", what, String.format(format, values));
    }
}
