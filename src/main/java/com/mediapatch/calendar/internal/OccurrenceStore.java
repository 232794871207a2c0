package com.mediapatch.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The materialised occurrences in {@code calendar_occurrence}: written, counted, cancelled and read one event at a time. */
@Repository
class OccurrenceStore {

    static final String OCCURRENCE = "o.id as o_id, o.event_id as o_event, o.starts_at as o_starts, "
            + "o.ends_at as o_ends, o.cancelled as o_cancelled, o.going as o_going, o.interested as o_interested, "
            + "o.waitlisted as o_waitlisted";

    private final JdbcClient jdbc;

    OccurrenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the occurrences starting at {@code starts} that are not there yet; returns how many were added. */
    int materialise(EventDetails event, List<ZonedDateTime> starts) {
        if (starts.isEmpty()) {
            return 0;
        }
        Set<Instant> present = new HashSet<>(jdbc.sql("select starts_at from calendar_occurrence where event_id = ? "
                + "and starts_at >= ? and starts_at <= ?")
                .params(event.id(), SqlTime.of(starts.get(0).toInstant()), SqlTime.of(starts.get(starts.size() - 1).toInstant()))
                .query((row, number) -> SqlTime.instant(row, "starts_at")).list());
        int added = 0;
        for (ZonedDateTime start : starts) {
            Instant at = SqlTime.of(start.toInstant()).toInstant();
            if (present.add(at)) {
                jdbc.sql("""
                        insert into calendar_occurrence (id, event_id, starts_at, ends_at, type, place_id, latitude, longitude,
                            free, cancelled, going, interested, waitlisted)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, 0, 0)""")
                        .params(UUID.randomUUID(), event.id(), SqlTime.of(at), SqlTime.of(at.plus(event.duration())),
                                event.type().name(), event.placeId(), event.latitude(), event.longitude(), event.free())
                        .update();
                added++;
            }
        }
        return added;
    }

    /** Copies the event's type, place, price and length to its occurrences, after an edit. */
    void follow(EventDetails event) {
        jdbc.sql("update calendar_occurrence set type = ?, place_id = ?, latitude = ?, longitude = ?, free = ? where event_id = ?")
                .params(event.type().name(), event.placeId(), event.latitude(), event.longitude(), event.free(), event.id())
                .update();
    }

    /** Removes the event's occurrences from {@code from} on that are not among {@code kept}; returns their ids. */
    List<UUID> removeFromExcept(UUID eventId, Instant from, Collection<Instant> kept) {
        Set<Instant> keep = new HashSet<>();
        kept.forEach(at -> keep.add(SqlTime.of(at).toInstant()));
        List<UUID> gone = jdbc.sql("select id, starts_at from calendar_occurrence where event_id = ? and starts_at >= ?")
                .params(eventId, SqlTime.of(from))
                .query((row, number) -> keep.contains(SqlTime.instant(row, "starts_at")) ? null : row.getObject("id", UUID.class))
                .list().stream().filter(id -> id != null).toList();
        gone.forEach(id -> jdbc.sql("delete from calendar_occurrence where id = ?").param(id).update());
        return gone;
    }

    Optional<Occurrence> find(UUID id) {
        return jdbc.sql("select " + OCCURRENCE + " from calendar_occurrence o where o.id = ?").param(id)
                .query(OccurrenceStore::occurrence).optional();
    }

    /** Locks the occurrence's row until the transaction ends, so answers to it are counted one at a time. */
    Optional<Occurrence> lock(UUID id) {
        return jdbc.sql("select " + OCCURRENCE + " from calendar_occurrence o where o.id = ? for update").param(id)
                .query(OccurrenceStore::occurrence).optional();
    }

    void count(UUID id, int going, int interested, int waitlisted) {
        jdbc.sql("update calendar_occurrence set going = going + ?, interested = interested + ?, waitlisted = waitlisted + ? "
                + "where id = ?").params(going, interested, waitlisted, id).update();
    }

    boolean cancel(UUID id) {
        return jdbc.sql("update calendar_occurrence set cancelled = true where id = ? and cancelled = false").param(id).update() == 1;
    }

    void cancelFrom(UUID eventId, Instant from) {
        jdbc.sql("update calendar_occurrence set cancelled = true where event_id = ? and starts_at >= ?")
                .params(eventId, SqlTime.of(from)).update();
    }

    /** Starts of the event's cancelled occurrences, for EXDATE lines. */
    List<Instant> cancelledStarts(UUID eventId) {
        return jdbc.sql("select starts_at from calendar_occurrence where event_id = ? and cancelled = true order by starts_at")
                .param(eventId).query((row, number) -> SqlTime.instant(row, "starts_at")).list();
    }

    /** The event's next occurrences from {@code from}, cancelled ones included, at most {@code limit}. */
    List<Occurrence> nextOf(UUID eventId, Instant from, int limit) {
        return jdbc.sql("select " + OCCURRENCE + " from calendar_occurrence o where o.event_id = ? and o.starts_at >= ? "
                + "order by o.starts_at limit ?").params(eventId, SqlTime.of(from), limit)
                .query(OccurrenceStore::occurrence).list();
    }

    /** The member's answered occurrences from {@code from} on, soonest first, with their events and answers. */
    List<MyAnswer> answeredBy(UUID member, Instant from, int limit) {
        return jdbc.sql("select " + OCCURRENCE + ", r.status, " + EventStore.COLUMNS + " from calendar_rsvp r "
                        + "join calendar_occurrence o on o.id = r.occurrence_id join calendar_event e on e.id = o.event_id "
                        + "where r.member = ? and o.starts_at >= ? order by o.starts_at, o.id limit ?")
                .params(member, SqlTime.of(from), limit)
                .query((row, number) -> new MyAnswer(new Listing(occurrence(row, number), EventStore.details(row, number)),
                        Attendance.valueOf(row.getString("status"))))
                .list();
    }

    /** Occurrences starting in (from, until] not reminded of yet, at most {@code limit}. */
    List<UUID> dueForReminder(Instant from, Instant until, int limit) {
        return jdbc.sql("select id from calendar_occurrence where starts_at > ? and starts_at <= ? and reminded_at is null "
                        + "and cancelled = false order by starts_at, id limit ?")
                .params(SqlTime.of(from), SqlTime.of(until), limit).query((row, number) -> row.getObject("id", UUID.class))
                .list();
    }

    /** Marks the reminder sent; false when another node claimed it first. */
    boolean claimReminder(UUID id, Instant now) {
        return jdbc.sql("update calendar_occurrence set reminded_at = ? where id = ? and reminded_at is null")
                .params(SqlTime.of(now), id).update() == 1;
    }

    static Occurrence occurrence(ResultSet row, int number) throws SQLException {
        return new Occurrence(row.getObject("o_id", UUID.class), row.getObject("o_event", UUID.class),
                SqlTime.instant(row, "o_starts"), SqlTime.instant(row, "o_ends"), row.getBoolean("o_cancelled"),
                row.getInt("o_going"), row.getInt("o_interested"), row.getInt("o_waitlisted"));
    }
}
