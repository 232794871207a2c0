package com.mediapatch.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.calendar.EventFilter;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Events from the {@code events} index whose words match what was typed: each word exact (stemmed, with the
 * field's synonyms) in title, type, genres, venue, city or description, or with typos (one for short words, two
 * from eight letters), or the whole text at once, so a synonym of several words ("open mike") counts too.
 * The index answers with ids only; the calendar's tables say what is shown.
 */
@Component
class EventFinder {

    /** The most events a search lists occurrences of: those whose next occurrence comes soonest. */
    static final int MOST_MATCHING = 500;
    static final int MOST_WORDS = 8;
    private static final int TWO_TYPOS_FROM = 8;
    /** A window opening longer ago than this reaches into the past, where events have no next start to filter by. */
    private static final Duration PAST = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Events matching the filter's words and its other filters, soonest next occurrence first, at most
     * {@link #MOST_MATCHING}: every occurrence in the window before the last one's next start belongs to them.
     */
    List<UUID> soonest(EventFilter filter, Instant now) {
        return Search.session(entityManager).search(EventDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> all = f.bool().must(words(f, filter.words(), filter.wordList()));
                    if (!filter.from().isBefore(now.minus(PAST))) {
                        all.filter(f.range().field(EventFields.NEXT_START).lessThan(filter.until()));
                    }
                    if (filter.type() != null) {
                        all.filter(f.match().field(EventFields.TYPE).matching(filter.type().name()));
                    }
                    if (filter.freeOnly()) {
                        all.filter(f.match().field(EventFields.FREE).matching(true));
                    }
                    if (filter.genre() != null) {
                        all.filter(f.match().field(EventFields.GENRE).matching(filter.genre()));
                    }
                    if (filter.near()) {
                        all.filter(f.spatial().within().field(EventFields.LOCATION)
                                .circle(GeoPoint.of(filter.latitude(), filter.longitude()), filter.radiusKm(), DistanceUnit.KILOMETERS));
                    }
                    return all;
                })
                .sort(f -> f.field(EventFields.NEXT_START).asc().missing().last())
                .fetchHits(MOST_MATCHING);
    }

    /** The upcoming events that match the words best, at most {@code limit}; ties go to the sooner. */
    List<UUID> best(String text, List<String> words, int limit, Instant now) {
        return Search.session(entityManager).search(EventDocument.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.bool().must(words(f, text, words))
                        .filter(f.match().field(EventFields.CANCELLED).matching(false))
                        .filter(f.range().field(EventFields.NEXT_START).atLeast(now)))
                .sort(f -> f.score().then().field(EventFields.NEXT_START).asc())
                .fetchHits(limit);
    }

    /** Every word (exact above typos), or the whole text as one. */
    private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f, String text, List<String> words) {
        BooleanPredicateClausesStep<?, ?> each = f.bool();
        words.stream().limit(MOST_WORDS).forEach(word -> each.must(word(f, word)));
        return f.bool().should(each)
                .should(f.match().fields(EventFields.WORDS).matching(text).minimumShouldMatchPercent(100).boost(2));
    }

    private static BooleanPredicateClausesStep<?, ?> word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> either = f.bool()
                .should(f.match().field(EventFields.TITLE).boost(3).field(EventFields.TYPE_WORDS).boost(2)
                        .field(EventFields.GENRE_WORDS).boost(2).field(EventFields.VENUE).field(EventFields.CITY).field(EventFields.DESCRIPTION).matching(word).boost(4));
        if (word.length() > 1) {
            // Short words keep their first letter, so "jm" finds "jam" without finding every two-letter word.
            int typos = word.length() >= TWO_TYPOS_FROM ? 2 : 1;
            either.should(f.match().fields(EventFields.WORDS).matching(word).fuzzy(typos, word.length() < 4 ? 1 : 0)
                    .boost(0.5f));
        }
        return either;
    }
}
