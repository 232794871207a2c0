package com.mediapatch.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.Listing;
import com.mediapatch.shared.PageCursor;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events list's reads of {@code calendar_occurrence} with their events: a keyset page in (start, id) order for
 * the filters, for the events the search index found, or for words as typed while that index is built.
 */
@Repository
class OccurrenceListings {

    private static final double KM_PER_DEGREE = 111.195;

    /**
     * One fixed statement for every filter: each optional condition is switched off by its flag. Near means a box on
     * latitude the index can narrow to, then an equirectangular distance, exact enough within 500 km.
     */
    private static final String MATCHING = "select " + OccurrenceStore.OCCURRENCE + ", " + EventStore.COLUMNS + """
             from calendar_occurrence o join calendar_event e on e.id = o.event_id
            where o.cancelled = false and o.starts_at >= :from and o.starts_at < :until
              and (o.starts_at, o.id) > (:afterAt, :afterId)
              and (:anyType = true or o.type = :type)
              and (:freeOnly = false or o.free = true)
              and (:anyGenre = true or exists (select 1 from calendar_event_genre g where g.event_id = o.event_id and g.genre = :genre))
              and (:anywhere = true or (o.latitude between :south and :north
                   and (o.latitude - :lat) * (o.latitude - :lat) + (o.longitude - :lon) * (o.longitude - :lon) * :shrink2 <= :reach2))
            """;
    private static final String IN_ORDER = "order by o.starts_at, o.id limit :limit";
    private static final String LISTING = MATCHING + IN_ORDER;
    /** The same for the events the search index found, read through the (event_id, starts_at) index. */
    private static final String LISTING_OF_EVENTS = MATCHING + "  and o.event_id in (:events)\n" + IN_ORDER;
    /** The same while the search index is built: each of up to four words somewhere in the event's text, as typed. */
    private static final String LISTING_CONTAINING = MATCHING + """
              and (lower(e.title) like :word1 or lower(e.venue) like :word1 or lower(e.city) like :word1
                   or e.genres like :word1 or lower(e.description) like :word1)
              and (lower(e.title) like :word2 or lower(e.venue) like :word2 or lower(e.city) like :word2
                   or e.genres like :word2 or lower(e.description) like :word2)
              and (lower(e.title) like :word3 or lower(e.venue) like :word3 or lower(e.city) like :word3
                   or e.genres like :word3 or lower(e.description) like :word3)
              and (lower(e.title) like :word4 or lower(e.venue) like :word4 or lower(e.city) like :word4
                   or e.genres like :word4 or lower(e.description) like :word4)
            """ + IN_ORDER;
    private static final List<String> WORD_SLOTS = List.of("word1", "word2", "word3", "word4");
    private static final String ANYTHING = "%";
    /** Each event's first occurrence that is on from :now, with its event. */
    private static final String NEXT_OF_EACH = "select " + OccurrenceStore.OCCURRENCE + ", " + EventStore.COLUMNS + """
             from calendar_occurrence o join calendar_event e on e.id = o.event_id
            where o.event_id in (:events) and o.cancelled = false
              and o.starts_at = (select min(n.starts_at) from calendar_occurrence n
                                  where n.event_id = o.event_id and n.cancelled = false and n.starts_at >= :now)""";

    private final JdbcClient jdbc;

    OccurrenceListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} occurrences matching the filter after {@code after} in (start, id) order, with their events. */
    List<Listing> list(EventFilter filter, PageCursor after, int limit) {
        return jdbc.sql(LISTING).params(params(filter, after, limit)).query(OccurrenceListings::listing).list();
    }

    /** As {@link #list}, for these events only. */
    List<Listing> listOf(Collection<UUID> events, EventFilter filter, PageCursor after, int limit) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = params(filter, after, limit);
        params.put("events", events);
        return jdbc.sql(LISTING_OF_EVENTS).params(params).query(OccurrenceListings::listing).list();
    }

    /** As {@link #list}, for events whose text contains each of the filter's first four words as typed. */
    List<Listing> listContaining(EventFilter filter, PageCursor after, int limit) {
        Map<String, Object> params = params(filter, after, limit);
        List<String> words = filter.wordList();
        for (int slot = 0; slot < WORD_SLOTS.size(); slot++) {
            // Words are letters and digits only (EventFilter.wordList): nothing to escape.
            params.put(WORD_SLOTS.get(slot), slot < words.size() ? containing(words.get(slot)) : ANYTHING);
        }
        return jdbc.sql(LISTING_CONTAINING).params(params).query(OccurrenceListings::listing).list();
    }

    /** The next occurrence that is on of each of these events, from {@code now}; events with none are left out. */
    List<Listing> nextOfEach(Collection<UUID> events, Instant now) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NEXT_OF_EACH).param("events", events).param("now", SqlTime.of(now))
                .query(OccurrenceListings::listing).list();
    }

    private static Map<String, Object> params(EventFilter filter, PageCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", SqlTime.of(filter.from()));
        params.put("until", SqlTime.of(filter.until()));
        // The first page starts from a cursor just before the window: the keyset condition then holds for every row,
        // and stays one the (starts_at, id) index can seek to (an "or" of flags here made deep pages scan).
        params.put("afterAt", SqlTime.of(after == null ? filter.from().minusSeconds(1) : after.at()));
        params.put("afterId", after == null ? new UUID(0, 0) : after.id());
        params.put("anyType", filter.type() == null);
        params.put("type", filter.type() == null ? "" : filter.type().name());
        params.put("freeOnly", filter.freeOnly());
        params.put("anyGenre", filter.genre() == null);
        params.put("genre", filter.genre() == null ? "" : filter.genre());
        params.put("anywhere", !filter.near());
        double degrees = filter.near() ? filter.radiusKm() / KM_PER_DEGREE : 0;
        double latitude = filter.near() ? filter.latitude() : 0;
        double shrink = Math.cos(Math.toRadians(latitude));
        params.put("south", latitude - degrees);
        params.put("north", latitude + degrees);
        params.put("lat", latitude);
        params.put("lon", filter.near() ? filter.longitude() : 0);
        params.put("shrink2", shrink * shrink);
        params.put("reach2", degrees * degrees);
        params.put("limit", limit);
        return params;
    }

    private static String containing(String word) {
        return "%" + word + "%";
    }

    private static Listing listing(ResultSet row, int number) throws SQLException {
        return new Listing(OccurrenceStore.occurrence(row, number), EventStore.details(row, number));
    }
}
