package com.mediapatch.security.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hostile inputs the suite throws at the application, one per line in
 * {@code src/test/resources/security/*.txt}. Markdown payloads write a line break as
 * {@code \n}, since some attacks need several lines.
 */
final class Payloads {

    private Payloads() {
    }

    static List<String> xss() {
        return read("xss-payloads.txt");
    }

    static List<String> markdown() {
        return read("markdown-payloads.txt").stream().map(line -> line.replace("\\n", "\n")).toList();
    }

    static List<String> sqlInjection() {
        return read("sql-injection-payloads.txt");
    }

    /** Cuts a payload to a field's length limit, so it is stored instead of refused. */
    static String fitted(String payload, int maxLength) {
        return payload.length() <= maxLength ? payload : payload.substring(0, maxLength);
    }

    private static List<String> read(String file) {
        InputStream in = Payloads.class.getResourceAsStream("/security/" + file);
        if (in == null) {
            throw new IllegalStateException("Missing payload list security/" + file);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
