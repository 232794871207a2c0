package com.mediapatch.search;

/**
 * Names of the analyzers and normalizers modules use in their index mappings. Text is indexed
 * with {@link #TEXT} and searched with {@link #TEXT_SEARCH} (which adds the synonyms); names with
 * {@link #NAME_PREFIX} and {@link #NAME_SEARCH}, so a typed word finds names it begins.
 */
public final class SearchAnalyzers {

    /** Prose and tags, indexed: words, lower case, accents folded, English stems. */
    public static final String TEXT = "mediapatch_text";
    /** Prose and tags, searched: as {@link #TEXT} plus the field's synonyms (drums finds drummer). */
    public static final String TEXT_SEARCH = "mediapatch_text_search";
    /** Names and handles, indexed: every beginning of every word (zoe is indexed as z, zo and zoe). */
    public static final String NAME_PREFIX = "mediapatch_name_prefix";
    /** Names and handles, searched: whole typed words, lower case, accents folded. */
    public static final String NAME_SEARCH = "mediapatch_name_search";
    /** Keywords compared as people type them: lower case, accents folded (Zürich equals zurich). */
    public static final String FOLDED = "mediapatch_folded";

    private SearchAnalyzers() {
    }
}
