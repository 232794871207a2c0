package com.mediapatch.security.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A source-level check of Spring Data {@code @Query} annotations: their text may be split over
 * string literals joined with {@code +}, but nothing else may be spliced in (no constant,
 * no expression) and it may not use SpEL ({@code #{...}}), so the query is exactly what the
 * annotation reads and every value arrives as a bound parameter.
 */
final class QueryAnnotations {

    private static final Pattern START = Pattern.compile("@Query\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"");

    private QueryAnnotations() {
    }

    /** "File: annotation" for each @Query under {@code root} that splices something in. */
    static List<String> violationsUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> violationsIn(file).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> violationsIn(Path file) {
        String source = read(file);
        List<String> violations = new ArrayList<>();
        Matcher start = START.matcher(source);
        while (start.find()) {
            String arguments = balanced(source, start.end());
            List<String> literals = LITERAL.matcher(arguments).results().map(MatchResult::group).toList();
            String skeleton = LITERAL.matcher(arguments).replaceAll("S").replaceAll("S\\s*\\+\\s*(?=S)", "");
            if (skeleton.contains("+") || literals.stream().anyMatch(literal -> literal.contains("#{"))) {
                violations.add(file.getFileName() + ": @Query(" + arguments.strip() + ")");
            }
        }
        return violations;
    }

    /** The text up to the parenthesis closing the one just opened, skipping string literals. */
    private static String balanced(String source, int from) {
        int depth = 1;
        int i = from;
        while (depth > 0 && i < source.length()) {
            Matcher literal = LITERAL.matcher(source).region(i, source.length());
            if (literal.lookingAt()) {
                i = literal.end();
                continue;
            }
            char c = source.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return source.substring(from, i - 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
