package com.mediapatch.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventType;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events and their genres in {@code calendar_event} and {@code calendar_event_genre}. */
@Repository
class EventStore {

    static final String COLUMNS = "e.id, e.organiser, e.type, e.title, e.description, e.venue, e.address, e.place_id, "
            + "e.city, e.country, e.latitude, e.longitude, e.online_link, e.starts_at, e.ends_at, e.zone, e.rrule, "
            + "e.genres, e.free, e.price, e.ticket_link, e.age_limit, e.capacity, e.cancelled_at";

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, AccountId organiser, ValidEvent event, Instant horizon, Instant now) {
        Place place = event.place();
        jdbc.sql("""
                insert into calendar_event (id, organiser, type, title, description, venue, address, place_id, city, country,
                    latitude, longitude, online_link, starts_at, ends_at, zone, rrule, genres, free, price, ticket_link,
                    age_limit, capacity, horizon, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organiser.value(), event.type().name(), event.title(), event.description(), event.venue(),
                        event.address(), place == null ? null : place.id(), place == null ? null : place.name(),
                        place == null ? null : place.country(), place == null ? null : place.latitude(),
                        place == null ? null : place.longitude(), event.onlineLink(), SqlTime.of(event.start().toInstant()),
                        SqlTime.of(event.end().toInstant()), event.start().getZone().getId(), event.rrule(),
                        event.genreLine(), event.free(), event.price(), event.ticketLink(), event.ageLimit(),
                        event.capacity(), SqlTime.of(horizon), SqlTime.of(now), SqlTime.of(now))
                .update();
        replaceGenres(id, event.genres());
    }

    void update(UUID id, ValidEvent event, Instant now) {
        Place place = event.place();
        jdbc.sql("""
                update calendar_event set type = ?, title = ?, description = ?, venue = ?, address = ?, place_id = ?, city = ?,
                    country = ?, latitude = ?, longitude = ?, online_link = ?, starts_at = ?, ends_at = ?, zone = ?, rrule = ?,
                    genres = ?, free = ?, price = ?, ticket_link = ?, age_limit = ?, capacity = ?, updated_at = ?
                where id = ?""")
                .params(event.type().name(), event.title(), event.description(), event.venue(), event.address(),
                        place == null ? null : place.id(), place == null ? null : place.name(),
                        place == null ? null : place.country(), place == null ? null : place.latitude(),
                        place == null ? null : place.longitude(), event.onlineLink(), SqlTime.of(event.start().toInstant()),
                        SqlTime.of(event.end().toInstant()), event.start().getZone().getId(), event.rrule(),
                        event.genreLine(), event.free(), event.price(), event.ticketLink(), event.ageLimit(),
                        event.capacity(), SqlTime.of(now), id)
                .update();
        replaceGenres(id, event.genres());
    }

    private void replaceGenres(UUID id, List<String> genres) {
        jdbc.sql("delete from calendar_event_genre where event_id = ?").param(id).update();
        for (String genre : genres) {
            jdbc.sql("insert into calendar_event_genre (event_id, genre) values (?, ?)").params(id, genre).update();
        }
    }

    Optional<EventDetails> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from calendar_event e where e.id = ?").param(id)
                .query(EventStore::details).optional();
    }

    void cancel(UUID id, Instant now) {
        jdbc.sql("update calendar_event set cancelled_at = ?, updated_at = ? where id = ? and cancelled_at is null")
                .params(SqlTime.of(now), SqlTime.of(now), id).update();
    }

    /** Sets the event's next start: its first occurrence that is on and starts at or after {@code now}, or null. */
    void moveNextStart(UUID id, Instant now) {
        jdbc.sql("""
                update calendar_event set next_starts_at = (select min(o.starts_at) from calendar_occurrence o
                    where o.event_id = ? and o.cancelled = false and o.starts_at >= ?)
                where id = ?""").params(id, SqlTime.of(now), id).update();
    }

    /** Events whose next start has begun by {@code now}, longest ago first, at most {@code limit}. */
    List<UUID> nextStartBefore(Instant now, int limit) {
        return jdbc.sql("select id from calendar_event where next_starts_at < ? order by next_starts_at, id limit ?")
                .params(SqlTime.of(now), limit).query((row, number) -> row.getObject("id", UUID.class)).list();
    }

    void extendHorizon(UUID id, Instant horizon) {
        jdbc.sql("update calendar_event set horizon = ? where id = ?").params(SqlTime.of(horizon), id).update();
    }

    /** Recurring events still on whose occurrences are materialised only up to before {@code before}. */
    List<EventDetails> recurringWithHorizonBefore(Instant before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from calendar_event e where e.horizon < ? and e.rrule is not null "
                + "and e.cancelled_at is null order by e.horizon, e.id limit ?")
                .params(SqlTime.of(before), limit).query(EventStore::details).list();
    }

    List<EventDetails> organisedBy(AccountId organiser, int limit) {
        return jdbc.sql("select " + COLUMNS + " from calendar_event e where e.organiser = ? order by e.starts_at desc, e.id desc limit ?")
                .params(organiser.value(), limit).query(EventStore::details).list();
    }

    /** Whether this organiser already has an event with this title: demo seeding runs on every start. */
    boolean exists(AccountId organiser, String title) {
        return jdbc.sql("select count(*) from calendar_event where organiser = ? and title = ?")
                .params(organiser.value(), title).query(Long.class).single() > 0;
    }

    List<EventDetails> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from calendar_event e where e.id in (:ids)").param("ids", ids)
                .query(EventStore::details).list();
    }

    static EventDetails details(ResultSet row, int number) throws SQLException {
        String genres = row.getString("genres");
        return new EventDetails(row.getObject("id", UUID.class), new AccountId(row.getObject("organiser", UUID.class)),
                EventType.valueOf(row.getString("type")), row.getString("title"), row.getString("description"),
                row.getString("venue"), row.getString("address"), (Long) nullable(row, row.getLong("place_id")),
                row.getString("city"), row.getString("country"), (Double) nullable(row, row.getDouble("latitude")),
                (Double) nullable(row, row.getDouble("longitude")), row.getString("online_link"),
                SqlTime.instant(row, "starts_at"), SqlTime.instant(row, "ends_at"), ZoneId.of(row.getString("zone")),
                row.getString("rrule"), genres.isBlank() ? List.of() : Arrays.asList(genres.split(",\\s*")),
                row.getBoolean("free"), row.getString("price"), row.getString("ticket_link"),
                (Integer) nullable(row, row.getInt("age_limit")), (Integer) nullable(row, row.getInt("capacity")),
                row.getObject("cancelled_at") == null ? null : SqlTime.instant(row, "cancelled_at"));
    }

    private static Object nullable(ResultSet row, Object value) throws SQLException {
        return row.wasNull() ? null : value;
    }
}
