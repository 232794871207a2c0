package com.mediapatch.search.internal;

import java.util.List;
import java.util.Map;

import com.mediapatch.search.SearchAnalyzers;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers behind {@link SearchAnalyzers}. Synonyms (search/synonyms.txt) apply when searching
 * only, before stemming, so the list names plain words and changing it needs no re-index. The prose
 * chains are written once here and also built outside the index by {@link TextTerms}.
 */
class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String SYNONYMS = "search/synonyms.txt";
    private static final int LONGEST_PREFIX = 30;

    /** One token filter of a chain: its Lucene name and parameters. */
    record Filter(String name, Map<String, String> params) {
    }

    private static final Filter LOWERCASE = new Filter("lowercase", Map.of());
    private static final Filter FOLDING = new Filter("asciiFolding", Map.of());
    private static final Filter POSSESSIVE = new Filter("englishPossessive", Map.of());
    private static final Filter STEMMING = new Filter("porterStem", Map.of());
    private static final Filter SYNONYM_GRAPH = new Filter("synonymGraph", Map.of("synonyms", SYNONYMS, "ignoreCase", "true"));

    /** Prose as indexed: words, lower case, accents folded, English stems. */
    static final List<Filter> TEXT = List.of(LOWERCASE, FOLDING, POSSESSIVE, STEMMING);
    /** Prose as searched: the same, with the field's synonyms before stemming. */
    static final List<Filter> TEXT_SEARCH = List.of(LOWERCASE, FOLDING, POSSESSIVE, SYNONYM_GRAPH, STEMMING);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        chain(context.analyzer(SearchAnalyzers.TEXT).custom().tokenizer("standard"), TEXT);
        chain(context.analyzer(SearchAnalyzers.TEXT_SEARCH).custom().tokenizer("standard"), TEXT_SEARCH);
        context.analyzer(SearchAnalyzers.NAME_PREFIX).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", String.valueOf(LONGEST_PREFIX));
        context.analyzer(SearchAnalyzers.NAME_SEARCH).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding");
        context.normalizer(SearchAnalyzers.FOLDED).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }

    private static void chain(LuceneAnalysisOptionalComponentsStep analyzer, List<Filter> filters) {
        LuceneAnalysisOptionalComponentsStep next = analyzer;
        for (Filter filter : filters) {
            LuceneAnalysisComponentParametersStep step = next.tokenFilter(filter.name());
            for (Map.Entry<String, String> param : filter.params().entrySet()) {
                step = step.param(param.getKey(), param.getValue());
            }
            next = step;
        }
    }
}
