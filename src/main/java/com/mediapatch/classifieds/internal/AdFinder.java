package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live ads from the {@code classifieds} index: typed words matched stemmed and with the field's synonyms in
 * title, tags and description, and (for words of four letters or more) with one or two typos, ranked below
 * exact matches; filters by category, instrument, genre, recency and distance; counts per facet value. Pages
 * stop at {@link #LAST_PAGE}; the ads shown are read in one query, in the index's order.
 */
@Component
public class AdFinder {

    public static final int LAST_PAGE = 20;
    /** Counting the matches of {@link #top} stops here. */
    public static final int COUNT_LIMIT = 1000;
    static final int FACET_VALUES = 8;
    static final int FUZZY_FROM = 4;

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> INSTRUMENTS = AggregationKey.of("instruments");
    private static final AggregationKey<Map<String, Long>> GENRES = AggregationKey.of("genres");
    private static final AggregationKey<Map<String, Long>> CITIES = AggregationKey.of("cities");
    private static final AggregationKey<Map<Range<Instant>, Long>> WITHIN = AggregationKey.of("within");

    private final AdStore store;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AdFinder(AdStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * One page of found ads.
     *
     * @param ads the ads in ranked order
     * @param page this page's number
     * @param more whether a further page is offered
     * @param facets counts per facet value over everything found
     */
    public record Found(List<Ad> ads, int page, boolean more, AdFacets facets) {
    }

    @Transactional(readOnly = true)
    public Found find(AdQuery query, int page, int size) {
        int number = Math.max(1, Math.min(page, LAST_PAGE));
        Instant now = clock.instant();
        Map<AdQuery.PostedWithin, Range<Instant>> spans = new EnumMap<>(AdQuery.PostedWithin.class);
        for (AdQuery.PostedWithin span : AdQuery.PostedWithin.values()) {
            spans.put(span, Range.atLeast(now.minus(span.span())));
        }
        SearchResult<UUID> result = Search.session(entityManager).search(AdDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, query, now))
                .sort(f -> query.wordList().isEmpty() && query.near() != null
                        ? f.distance(AdFields.LOCATION, point(query)).then().field(AdFields.PUBLISHED).desc()
                        : f.score().then().field(AdFields.PUBLISHED).desc())
                .aggregation(CATEGORIES, f -> f.terms().field(AdFields.CATEGORY, String.class).maxTermCount(Category.values().length))
                .aggregation(INSTRUMENTS, f -> f.terms().field(AdFields.INSTRUMENT, String.class).maxTermCount(FACET_VALUES))
                .aggregation(GENRES, f -> f.terms().field(AdFields.GENRE, String.class).maxTermCount(FACET_VALUES))
                .aggregation(CITIES, f -> f.terms().field(AdFields.CITY, String.class).maxTermCount(FACET_VALUES))
                .aggregation(WITHIN, f -> f.range().field(AdFields.PUBLISHED, Instant.class).ranges(List.copyOf(spans.values())))
                .totalHitCountThreshold(size * LAST_PAGE)
                .fetch((number - 1) * size, size + 1);
        List<UUID> ids = result.hits();
        boolean more = ids.size() > size && number < LAST_PAGE;
        List<UUID> shown = ids.subList(0, Math.min(ids.size(), size));
        Map<UUID, Ad> ads = store.findAll(shown).stream().collect(Collectors.toMap(ad -> ad.id().value(), Function.identity()));
        List<Ad> ordered = shown.stream().map(ads::get).filter(ad -> ad != null && ad.live(now)).toList();
        Map<Range<Instant>, Long> within = result.aggregation(WITHIN);
        Map<AdQuery.PostedWithin, Long> recent = new EnumMap<>(AdQuery.PostedWithin.class);
        spans.forEach((span, range) -> recent.put(span, within.getOrDefault(range, 0L)));
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        result.aggregation(CATEGORIES).forEach((name, count) -> categories.put(Category.valueOf(name), count));
        return new Found(ordered, number, more, new AdFacets(categories, sorted(result.aggregation(INSTRUMENTS)),
                sorted(result.aggregation(GENRES)), sorted(result.aggregation(CITIES)), recent));
    }

    /**
     * The best few live ads for a query, with how many match.
     *
     * @param ads the ads in ranked order
     * @param total how many match, counted up to {@link #COUNT_LIMIT}
     * @param moreThanTotal whether counting stopped and more match
     */
    public record Top(List<Ad> ads, long total, boolean moreThanTotal) {
    }

    /** The best {@code limit} live ads and a bounded count, without facets: for the site-wide search. */
    @Transactional(readOnly = true)
    public Top top(AdQuery query, int limit) {
        Instant now = clock.instant();
        SearchResult<UUID> result = Search.session(entityManager).search(AdDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, query, now))
                .sort(f -> f.score().then().field(AdFields.PUBLISHED).desc())
                .totalHitCountThreshold(COUNT_LIMIT)
                .fetch(limit);
        Map<UUID, Ad> ads = store.findAll(result.hits()).stream()
                .collect(Collectors.toMap(ad -> ad.id().value(), Function.identity()));
        List<Ad> ordered = result.hits().stream().map(ads::get).filter(ad -> ad != null && ad.live(now)).toList();
        boolean exact = result.total().isHitCountExact();
        long total = exact ? result.total().hitCount() : COUNT_LIMIT;
        return new Top(ordered, Math.min(total, COUNT_LIMIT), !exact || total > COUNT_LIMIT);
    }

    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, AdQuery query, Instant now) {
        BooleanPredicateClausesStep<?, ?> all = f.bool()
                .filter(f.match().field(AdFields.STATUS).matching("PUBLISHED"))
                .filter(f.match().field(AdFields.HIDDEN).matching(false))
                .filter(f.range().field(AdFields.EXPIRES).greaterThan(now));
        query.wordList().forEach(word -> all.must(word(f, word)));
        if (query.category() != null) {
            all.filter(f.match().field(AdFields.CATEGORY).matching(query.category().name()));
        }
        if (query.instrument() != null) {
            all.filter(f.match().field(AdFields.INSTRUMENT).matching(query.instrument()));
        }
        if (query.genre() != null) {
            all.filter(f.match().field(AdFields.GENRE).matching(query.genre()));
        }
        if (query.within() != null) {
            all.filter(f.range().field(AdFields.PUBLISHED).atLeast(now.minus(query.within().span())));
        }
        if (query.near() != null) {
            all.filter(f.spatial().within().field(AdFields.LOCATION).circle(point(query), query.radiusKm(),
                    DistanceUnit.KILOMETERS));
        }
        if (query.wordList().isEmpty()) {
            all.must(f.matchAll());
        }
        return all;
    }

    /** One typed word: exact (stemmed, with synonyms) anywhere, titles and tags weighing more; then with typos, below. */
    private static BooleanPredicateClausesStep<?, ?> word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> either = f.bool()
                .should(f.match().field(AdFields.TITLE).boost(3).field(AdFields.INSTRUMENT_WORDS).boost(2)
                        .field(AdFields.GENRE_WORDS).boost(2).field(AdFields.DESCRIPTION).matching(word).boost(4));
        if (word.length() >= FUZZY_FROM) {
            either.should(f.match().field(AdFields.TITLE).field(AdFields.INSTRUMENT_WORDS).field(AdFields.GENRE_WORDS)
                    .field(AdFields.DESCRIPTION).matching(word).fuzzy(word.length() >= 8 ? 2 : 1).boost(0.5f));
        }
        return either;
    }

    private static GeoPoint point(AdQuery query) {
        return GeoPoint.of(query.near().latitude(), query.near().longitude());
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
