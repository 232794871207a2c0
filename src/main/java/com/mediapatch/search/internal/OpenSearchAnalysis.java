package com.mediapatch.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mediapatch.search.SearchAnalyzers;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.core.io.ClassPathResource;

/**
 * The analyzers of {@link SearchAnalysis}, built from an OpenSearch cluster's own filters (its common analysis
 * module) so both backends split, fold, stem and widen words alike. The synonyms travel inline with the index
 * settings: the cluster's nodes need no file of ours.
 */
class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "mediapatch_possessive";
    private static final String SYNONYMS = "mediapatch_synonyms";
    private static final String PREFIXES = "mediapatch_prefixes";
    private static final int LONGEST_PREFIX = 30;

    private final List<String> synonyms = synonymLines();

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(SYNONYMS).type("synonym_graph").param("synonyms", synonyms.toArray(String[]::new));
        context.tokenFilter(PREFIXES).type("edge_ngram").param("min_gram", 1).param("max_gram", LONGEST_PREFIX);
        context.analyzer(SearchAnalyzers.TEXT).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem");
        context.analyzer(SearchAnalyzers.TEXT_SEARCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, SYNONYMS, "porter_stem");
        context.analyzer(SearchAnalyzers.NAME_PREFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIXES);
        context.analyzer(SearchAnalyzers.NAME_SEARCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchAnalyzers.FOLDED).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The groups of {@link SearchAnalysis#SYNONYMS}, one a line, without comments and blank lines. */
    static List<String> synonymLines() {
        try (InputStream in = new ClassPathResource(SearchAnalysis.SYNONYMS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The search synonyms could not be read", unreadable);
        }
    }
}
