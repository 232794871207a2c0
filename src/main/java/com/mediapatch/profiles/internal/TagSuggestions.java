package com.mediapatch.profiles.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Skills and genres other members already use, for the editor's tag inputs: the most used
 * tags starting with what was typed. Each lookup reads at most {@value #WINDOW} index entries
 * from the (kind, tag) index, from the typed prefix on, so it costs the same at any size; it
 * is tried as typed and with a capital first letter, since members write both.
 */
@Component
public class TagSuggestions {

    static final int WINDOW = 2000;
    private static final int MAX_PREFIX = 40;

    private final JdbcClient jdbc;

    TagSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} tags of the kind ("skills" or "genres") starting with {@code typed}, most used first. */
    public List<String> startingWith(String kind, String typed, int limit) {
        Optional<Tag.Kind> tagKind = switch (kind == null ? "" : kind) {
            case "skills" -> Optional.of(Tag.Kind.SKILL);
            case "genres" -> Optional.of(Tag.Kind.GENRE);
            default -> Optional.empty();
        };
        String prefix = typed == null ? "" : typed.strip();
        if (tagKind.isEmpty() || prefix.isEmpty() || prefix.length() > MAX_PREFIX) {
            return List.of();
        }
        Map<String, Long> uses = new LinkedHashMap<>();
        for (String variant : variants(prefix)) {
            count(tagKind.get(), variant).forEach(row -> uses.merge(row.tag(), row.uses(), Long::sum));
        }
        return uses.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(
                        Comparator.comparing((String tag) -> tag.toLowerCase(Locale.ROOT)))))
                .map(Map.Entry::getKey).distinct().limit(limit).toList();
    }

    private List<Use> count(Tag.Kind kind, String prefix) {
        return jdbc.sql("""
                SELECT tag, COUNT(*) AS uses FROM (
                    SELECT tag FROM profiles_profile_tag WHERE kind = :kind AND tag >= :prefix ORDER BY kind, tag LIMIT :window
                ) window_from_prefix
                WHERE tag LIKE :pattern ESCAPE '!'
                GROUP BY tag
                """)
                .param("kind", kind.name()).param("prefix", prefix).param("window", WINDOW)
                .param("pattern", startingWithPattern(prefix))
                .query((row, n) -> new Use(row.getString("tag"), row.getLong("uses"))).list();
    }

    /** A LIKE pattern for text starting with the prefix, its wildcards taken literally. */
    private static String startingWithPattern(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static List<String> variants(String prefix) {
        String capitalised = prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
        String lower = prefix.substring(0, 1).toLowerCase(Locale.ROOT) + prefix.substring(1);
        return capitalised.equals(lower) ? List.of(prefix) : List.of(lower, capitalised);
    }

    private record Use(String tag, long uses) {
    }
}
