package com.mediapatch.search.internal;

import com.mediapatch.search.SearchAnalyzers;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers behind {@link SearchAnalyzers}. Synonyms (search/synonyms.txt) apply when searching
 * only, before stemming, so the list names plain words and changing it needs no re-index.
 */
class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String SYNONYMS = "search/synonyms.txt";
    private static final int LONGEST_PREFIX = 30;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.TEXT).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding").tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        context.analyzer(SearchAnalyzers.TEXT_SEARCH).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding").tokenFilter("englishPossessive")
                .tokenFilter("synonymGraph").param("synonyms", SYNONYMS).param("ignoreCase", "true")
                .tokenFilter("porterStem");
        context.analyzer(SearchAnalyzers.NAME_PREFIX).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", String.valueOf(LONGEST_PREFIX));
        context.analyzer(SearchAnalyzers.NAME_SEARCH).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding");
        context.normalizer(SearchAnalyzers.FOLDED).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
