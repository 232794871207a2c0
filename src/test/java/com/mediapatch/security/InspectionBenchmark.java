package com.mediapatch.security;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * How long the suspicious-input filter takes on adversarial form values, against plain text
 * of the same size: the java.util.regex patterns it used to have (quadratic: each doubling of
 * the input costs four times as much), its RE2J shapes with the caps lifted (linear: the
 * ratio to plain text stays flat), and the filter as configured by default (capped: a
 * megabyte costs what its first 32 KB cost). Run by bench/security/run.sh; not a test.
 */
public final class InspectionBenchmark {

    /** The two patterns of the old filter that backtracked quadratically, as they were. */
    private static final Map<String, Pattern> BACKTRACKING = Map.of(
            "script", Pattern.compile("(?is)<\\s*(script|iframe|object|embed|svg|img|body|math|base|meta)\\b|javascript\\s*:"
                    + "|vbscript\\s*:|data\\s*:\\s*text/html|<[^>]*\\son[a-z]+\\s*=|expression\\s*\\("),
            "sql", Pattern.compile("(?is)'\\s*(or|and)\\s+'?[\\w]+'?\\s*(=|like)|\\bunion\\b(\\s+all)?\\s+select\\b"
                    + "|;\\s*(drop|delete|insert|update|alter)\\s|\\b(pg_)?sleep\\s*\\(|\\bwaitfor\\s+delay\\b|'\\s*;?\\s*--"));

    private InspectionBenchmark() {
    }

    public static void main(String[] args) {
        int megabyte = 1 << 20;
        System.out.printf("java %s, %d processors%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        System.out.println("## Before: java.util.regex, as the filter had it");
        System.out.println("| input | 4 KB | 8 KB | 16 KB | plain 16 KB | ratio at 16 KB |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : new String[] {"run of '<' (tag with an on-handler)", "quote then spaces (quote-comment)"}) {
            long[] millis = new long[3];
            for (int i = 0; i < 3; i++) {
                int size = 4096 << i;
                String input = SuspiciousInputTests.adversarial(size).get(name);
                millis[i] = bestOfOld(input);
            }
            long plain = Math.max(1, bestOfOld(SuspiciousInputTests.prose(16_384)));
            System.out.printf("| %s | %d ms | %d ms | %d ms | %d ms | %.0f |%n", name, millis[0], millis[1], millis[2], plain,
                    (double) millis[2] / plain);
        }

        System.out.println();
        System.out.println("## After: RE2J shapes, caps lifted (the whole value inspected)");
        SuspiciousInput unlimited = filter(new InspectionProperties(true, 2 * megabyte, 2 * megabyte));
        long plain = SuspiciousInputTests.bestOf(unlimited, SuspiciousInputTests.form("text", SuspiciousInputTests.prose(megabyte)));
        long quarter = SuspiciousInputTests.bestOf(unlimited,
                SuspiciousInputTests.form("text", SuspiciousInputTests.prose(megabyte / 4)));
        System.out.printf("plain text: 256 KB %.1f ms, 1 MB %.1f ms%n%n", quarter / 1e6, plain / 1e6);
        System.out.println("| input (1 MB) | time | ratio to plain 1 MB |");
        System.out.println("|---|---|---|");
        SuspiciousInputTests.adversarial(megabyte).forEach((name, body) -> {
            long took = SuspiciousInputTests.bestOf(unlimited, SuspiciousInputTests.form("text", body));
            System.out.printf("| %s | %.1f ms | %.2f |%n", name, took / 1e6, (double) took / plain);
        });

        System.out.println();
        System.out.println("## As configured: default caps (4 KB per value, 32 KB per request)");
        SuspiciousInput capped = filter(new InspectionProperties(true, 4096, 32768));
        MockHttpServletRequest worst = SuspiciousInputTests.form("text", "<".repeat(megabyte));
        for (int i = 0; i < 255; i++) {
            worst.addParameter("f" + i, "<".repeat(4096));
        }
        System.out.printf("1 MB form of '<' in 256 fields: %.2f ms; 1 MB of plain text in one field: %.2f ms%n",
                SuspiciousInputTests.bestOf(capped, worst) / 1e6,
                SuspiciousInputTests.bestOf(capped, SuspiciousInputTests.form("text", SuspiciousInputTests.prose(megabyte))) / 1e6);
    }

    private static SuspiciousInput filter(InspectionProperties limits) {
        return new SuspiciousInput(event -> {
        }, limits, Clock.systemUTC());
    }

    private static long bestOfOld(String input) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            for (Pattern pattern : BACKTRACKING.values()) {
                pattern.matcher(input).find();
            }
            if (run > 0) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return best / 1_000_000;
    }
}
