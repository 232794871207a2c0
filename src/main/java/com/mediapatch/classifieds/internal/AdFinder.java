package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.search.SearchBackend;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.KnnPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live ads from the {@code classifieds} index: typed words matched stemmed and with the field's synonyms in
 * title, tags and description, and (for words of four letters or more) with one or two typos, ranked below
 * exact matches; filters by category, instrument, genre, recency and distance; counts per facet value (a chosen
 * facet counting as if it were not chosen, so its other values stay on offer). A phrase
 * of three words or more is also matched by meaning ({@link AdMeaning}): the ads nearest to it join those sharing
 * its words, and the score blends both, so an ad matching the words and the meaning ranks first. Pages stop at
 * {@link #LAST_PAGE}; the ads shown are read in one query, in the index's order.
 */
@Component
public class AdFinder {

    public static final int LAST_PAGE = 20;
    /** Counting the matches of {@link #top} stops here. */
    public static final int COUNT_LIMIT = 1000;
    static final int FACET_VALUES = 8;
    static final int FUZZY_FROM = 4;
    /** How many ads nearest in meaning may join a phrase search, and how near they must be (cosine). */
    static final int NEAREST = 40;
    static final float MIN_SIMILARITY = 0.25f;
    static final float MEANING_BOOST = 4;

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> INSTRUMENTS = AggregationKey.of("instruments");
    private static final AggregationKey<Map<String, Long>> GENRES = AggregationKey.of("genres");
    private static final AggregationKey<Map<String, Long>> CITIES = AggregationKey.of("cities");
    private static final AggregationKey<Map<Range<Instant>, Long>> WITHIN = AggregationKey.of("within");

    private final AdStore store;
    private final AdMeaning meaning;
    private final SearchBackend backend;
    private final TransactionTemplate reading;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AdFinder(AdStore store, AdMeaning meaning, SearchBackend backend, PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.meaning = meaning;
        this.backend = backend;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
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

    /** One page of ads for the query; the phrase is embedded first, outside the reading transaction. */
    public Found find(AdQuery query, int page, int size) {
        Optional<float[]> vector = meaning.of(query);
        return reading.execute(status -> find(query, vector, page, size));
    }

    private Found find(AdQuery query, Optional<float[]> vector, int page, int size) {
        int number = Math.max(1, Math.min(page, LAST_PAGE));
        Instant now = clock.instant();
        Map<AdQuery.PostedWithin, Range<Instant>> spans = new EnumMap<>(AdQuery.PostedWithin.class);
        for (AdQuery.PostedWithin span : AdQuery.PostedWithin.values()) {
            spans.put(span, Range.atLeast(now.minus(span.span())));
        }
        SearchResult<UUID> result = Search.session(entityManager).search(AdDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, query, vector, now))
                .sort(f -> query.wordList().isEmpty() && query.near() != null
                        ? f.distance(AdFields.LOCATION, point(query)).then().field(AdFields.PUBLISHED).desc()
                        : f.score().then().field(AdFields.PUBLISHED).desc())
                .aggregation(CATEGORIES, f -> terms(f, AdFields.CATEGORY, Category.values().length))
                .aggregation(INSTRUMENTS, f -> terms(f, AdFields.INSTRUMENT, FACET_VALUES))
                .aggregation(GENRES, f -> terms(f, AdFields.GENRE, FACET_VALUES))
                .aggregation(CITIES, f -> terms(f, AdFields.CITY, FACET_VALUES))
                .aggregation(WITHIN, f -> f.range().field(AdFields.PUBLISHED, Instant.class).ranges(List.copyOf(spans.values())))
                .totalHitCountThreshold(size * LAST_PAGE)
                .fetch((number - 1) * size, size + 1);
        List<UUID> ids = result.hits();
        boolean more = ids.size() > size && number < LAST_PAGE;
        List<UUID> shown = ids.subList(0, Math.min(ids.size(), size));
        Map<UUID, Ad> ads = store.findAll(shown).stream().collect(Collectors.toMap(ad -> ad.id().value(), Function.identity()));
        List<Ad> ordered = shown.stream().map(ads::get).filter(ad -> ad != null && ad.live(now)).toList();
        Map<Range<Instant>, Long> within = query.within() == null ? result.aggregation(WITHIN)
                : countsWithout(new AdQuery(query.words(), query.category(), query.instrument(), query.genre(), null,
                        query.near(), query.radiusKm()), vector, now, WITHIN,
                        f -> f.range().field(AdFields.PUBLISHED, Instant.class).ranges(List.copyOf(spans.values())));
        Map<AdQuery.PostedWithin, Long> recent = new EnumMap<>(AdQuery.PostedWithin.class);
        spans.forEach((span, range) -> recent.put(span, within.getOrDefault(range, 0L)));
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        (query.category() == null ? result.aggregation(CATEGORIES)
                : countsWithout(new AdQuery(query.words(), null, query.instrument(), query.genre(), query.within(),
                        query.near(), query.radiusKm()), vector, now, CATEGORIES,
                        f -> terms(f, AdFields.CATEGORY, Category.values().length)))
                .forEach((name, count) -> categories.put(Category.valueOf(name), count));
        Map<String, Long> instruments = query.instrument() == null ? result.aggregation(INSTRUMENTS)
                : countsWithout(new AdQuery(query.words(), query.category(), null, query.genre(), query.within(),
                        query.near(), query.radiusKm()), vector, now, INSTRUMENTS, f -> terms(f, AdFields.INSTRUMENT, FACET_VALUES));
        Map<String, Long> genres = query.genre() == null ? result.aggregation(GENRES)
                : countsWithout(new AdQuery(query.words(), query.category(), query.instrument(), null, query.within(),
                        query.near(), query.radiusKm()), vector, now, GENRES, f -> terms(f, AdFields.GENRE, FACET_VALUES));
        return new Found(ordered, number, more, new AdFacets(categories, sorted(instruments), sorted(genres),
                sorted(result.aggregation(CITIES)), recent));
    }

    /**
     * One facet's counts over what the query finds without that facet's own filter, so a chosen value does not hide
     * the others: with "violin" chosen, the instrument facet still offers cello with its count.
     */
    private <T> T countsWithout(AdQuery unfiltered, Optional<float[]> vector, Instant now, AggregationKey<T> key,
            Function<SearchAggregationFactory, AggregationFinalStep<T>> aggregation) {
        return Search.session(entityManager).search(AdDocument.class).select(f -> f.id(UUID.class))
                .where(f -> matching(f, unfiltered, vector, now)).aggregation(key, aggregation).fetch(0).aggregation(key);
    }

    private static AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, String field, int most) {
        return f.terms().field(field, String.class).maxTermCount(most);
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
    public Top top(AdQuery query, int limit) {
        Optional<float[]> vector = meaning.of(query);
        return reading.execute(status -> top(query, vector, limit));
    }

    private Top top(AdQuery query, Optional<float[]> vector, int limit) {
        Instant now = clock.instant();
        SearchResult<UUID> result = Search.session(entityManager).search(AdDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, query, vector, now))
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

    private BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, AdQuery query,
            Optional<float[]> vector, Instant now) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(filters(f, query, now));
        if (vector.isPresent()) {
            // Top-level clauses only: the shape every backend accepts a nearest-neighbour clause in.
            all.should(words(f, query)).should(nearest(f, query, vector.get(), now)).minimumShouldMatchNumber(1);
        } else if (query.wordList().isEmpty()) {
            all.must(f.matchAll());
        } else {
            all.must(words(f, query));
        }
        return all;
    }

    /** The ads nearest in meaning, as near as the floor asks where the backend can ask it. */
    private KnnPredicateOptionsStep<?> nearest(SearchPredicateFactory f, AdQuery query, float[] vector, Instant now) {
        KnnPredicateOptionsStep<?> nearest = f.knn(NEAREST).field(AdFields.MEANING).matching(vector)
                .filter(filters(f, query, now)).boost(MEANING_BOOST);
        return backend.similarityFloor() ? nearest.requiredMinimumSimilarity(MIN_SIMILARITY) : nearest;
    }

    /** Every typed word must be found. */
    private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f, AdQuery query) {
        BooleanPredicateClausesStep<?, ?> every = f.bool();
        query.wordList().forEach(word -> every.must(word(f, word)));
        return every;
    }

    /** What an ad must be to be found at all: live, and within the chosen category, tags, recency and distance. */
    private static BooleanPredicateClausesStep<?, ?> filters(SearchPredicateFactory f, AdQuery query, Instant now) {
        BooleanPredicateClausesStep<?, ?> all = f.bool()
                .filter(f.match().field(AdFields.STATUS).matching("PUBLISHED"))
                .filter(f.match().field(AdFields.HIDDEN).matching(false))
                .filter(f.range().field(AdFields.EXPIRES).greaterThan(now));
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
