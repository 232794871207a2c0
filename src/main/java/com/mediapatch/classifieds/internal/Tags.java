package com.mediapatch.classifieds.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as one column: lower case, trimmed, without duplicates, stored between commas
 * (“,bass,double bass,”) so a single tag is found with LIKE '%,bass,%'.
 */
public final class Tags {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    /** The tags typed as a comma-separated line, normalized; blank parts dropped. */
    public static List<String> parse(String typed) {
        if (typed == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(typed.split(",")).map(Tags::normalize).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        return List.copyOf(tags);
    }

    public static String normalize(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String column(List<String> tags) {
        return tags.isEmpty() ? "," : "," + String.join(",", tags) + ",";
    }

    static List<String> fromColumn(String column) {
        return column == null || column.length() < 2 ? List.of()
                : Arrays.stream(column.substring(1, column.length() - 1).split(",")).filter(t -> !t.isEmpty()).toList();
    }

    /** The LIKE pattern (with escape '!') that finds one tag in the column; a tag never holds a comma (commas split tags). */
    static String pattern(String tag) {
        String escaped = normalize(tag).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%," + escaped + ",%";
    }
}
