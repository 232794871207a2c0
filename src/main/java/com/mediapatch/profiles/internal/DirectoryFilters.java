package com.mediapatch.profiles.internal;

import java.util.List;
import java.util.Locale;

import com.mediapatch.profiles.Discipline;

/**
 * What a member typed into the directory's search and filters, already bounded: words beyond the
 * fifth and text past {@link #LONGEST_TEXT} characters are dropped, blank filters are null.
 *
 * @param text words matched against name, handle, bio, city, disciplines, skills and genres; blank for all
 * @param discipline only members of this discipline, or null
 * @param genre only members with this genre tag (letter case and accents aside), or null
 * @param skill only members with this skill tag, or null
 * @param city only members in this city, or null
 */
public record DirectoryFilters(String text, Discipline discipline, String genre, String skill, String city) {

    /** The longest search text kept; longer text is cut. */
    public static final int LONGEST_TEXT = 80;
    /** The longest tag or city filter kept (the columns' own width). */
    public static final int LONGEST_FILTER = 80;

    public DirectoryFilters {
        text = text == null ? "" : cut(text.strip(), LONGEST_TEXT);
        genre = blankToNull(genre);
        skill = blankToNull(skill);
        city = blankToNull(city);
    }

    /** Everyone, in name order. */
    public static DirectoryFilters none() {
        return new DirectoryFilters("", null, null, null, null);
    }

    /** Only the search index answers these: words in the text, or a genre, skill or city. */
    public boolean needIndex() {
        return !words().isEmpty() || genre != null || skill != null || city != null;
    }

    /**
     * The typed words as both the index and the database path read them: runs of letters and digits, folded, five at
     * most. Anything else (quotes, wildcards, operators, the @ of a handle) only separates words, so text without a
     * letter or digit asks for everyone, as a blank search does.
     */
    List<String> words() {
        return SearchTerms.words(text);
    }

    /** A tag or city as the database path compares it. */
    static String folded(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : cut(value.strip(), LONGEST_FILTER);
    }

    private static String cut(String value, int longest) {
        return value.length() > longest ? value.substring(0, longest) : value;
    }
}
