package com.mediapatch.godmode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.StringTokenizer;
import org.apache.commons.text.matcher.StringMatcherFactory;

/**
 * One console line split like a shell would: words, "quoted phrases", and options written
 * {@code --name value} or {@code --flag}.
 *
 * @param line the line as typed
 * @param words the words that are not options, command name included
 * @param options option names (without dashes) to values ("" for a bare flag)
 */
public record CommandInput(String line, List<String> words, Map<String, String> options) {

    public CommandInput {
        words = List.copyOf(words);
        options = Map.copyOf(options);
    }

    public static CommandInput parse(String line) {
        StringTokenizer tokenizer = new StringTokenizer(line == null ? "" : line);
        tokenizer.setQuoteMatcher(StringMatcherFactory.INSTANCE.quoteMatcher());
        tokenizer.setDelimiterMatcher(StringMatcherFactory.INSTANCE.splitMatcher());
        List<String> tokens = tokenizer.getTokenList();
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("--") && token.length() > 2) {
                boolean hasValue = i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--");
                options.put(token.substring(2), hasValue ? tokens.get(++i) : "");
            } else {
                words.add(token);
            }
        }
        return new CommandInput(line == null ? "" : line.strip(), words, options);
    }

    /** The words after the command's own name ({@code words} of length {@code nameLength}). */
    public List<String> arguments(int nameLength) {
        return words.size() <= nameLength ? List.of() : words.subList(nameLength, words.size());
    }

    public String option(String name) {
        return options.get(name);
    }

    public String reason() {
        String reason = options.get("reason");
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
