package com.mediapatch.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The index's prose analysis run on a text in memory, whatever backend holds the index: the terms a text is
 * indexed as, and the terms a typed word is searched as (with its synonyms). Lucene analyzers are safe to share.
 */
public final class TextTerms {

    private static final Analyzer INDEXED = build(SearchAnalysis.TEXT);
    private static final Analyzer SEARCHED = build(SearchAnalysis.TEXT_SEARCH);

    private TextTerms() {
    }

    public static Set<String> indexed(String text) {
        return terms(INDEXED, text);
    }

    public static Set<String> searched(String word) {
        return terms(SEARCHED, word);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }

    private static Analyzer build(List<SearchAnalysis.Filter> filters) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ClasspathResourceLoader(TextTerms.class.getClassLoader()))
                    .withTokenizer("standard");
            for (SearchAnalysis.Filter filter : filters) {
                builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
            }
            return builder.build();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The search analysis could not be built", unreadable);
        }
    }
}
