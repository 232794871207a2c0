package com.mediapatch.search;

import java.util.List;
import java.util.Set;

import com.mediapatch.search.internal.TextTerms;

/**
 * The words of one text, read once, against which typed words are checked in memory as the search would find
 * them: stems, accents and the field's synonyms count ("drummer" is found in "drums wanted"), parts of other words
 * do not ("bass" is not in "bassoon"), and no typo is forgiven. For matching one new item against many saved
 * searches without asking the index.
 */
public final class Words {

    private final Set<String> indexed;

    private Words(Set<String> indexed) {
        this.indexed = indexed;
    }

    public static Words of(String text) {
        return new Words(TextTerms.indexed(text));
    }

    /** Whether every typed word is found here. */
    public boolean containAll(List<String> typed) {
        return typed.stream().allMatch(word -> TextTerms.searched(word).stream().anyMatch(indexed::contains));
    }
}
