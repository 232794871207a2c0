package com.mediapatch.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' answers per occurrence in {@code calendar_rsvp}. */
@Repository
class RsvpStore {

    private final JdbcClient jdbc;

    RsvpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Attendance> of(UUID occurrence, AccountId member) {
        return jdbc.sql("select status from calendar_rsvp where occurrence_id = ? and member = ?")
                .params(occurrence, member.value()).query((row, number) -> Attendance.valueOf(row.getString("status")))
                .optional();
    }

    void put(UUID occurrence, AccountId member, Attendance status, Instant at) {
        jdbc.sql("insert into calendar_rsvp (occurrence_id, member, status, responded_at) values (?, ?, ?, ?)")
                .params(occurrence, member.value(), status.name(), SqlTime.of(at)).update();
    }

    void change(UUID occurrence, AccountId member, Attendance status) {
        jdbc.sql("update calendar_rsvp set status = ? where occurrence_id = ? and member = ?")
                .params(status.name(), occurrence, member.value()).update();
    }

    void remove(UUID occurrence, AccountId member) {
        jdbc.sql("delete from calendar_rsvp where occurrence_id = ? and member = ?").params(occurrence, member.value()).update();
    }

    /** Who has waited longest for a place, if anyone. */
    Optional<AccountId> firstWaiting(UUID occurrence) {
        return jdbc.sql("select member from calendar_rsvp where occurrence_id = ? and status = 'WAITLISTED' "
                        + "order by responded_at, member limit 1")
                .param(occurrence).query((row, number) -> new AccountId(row.getObject("member", UUID.class))).optional();
    }

    /** Members with one of these answers to any of these occurrences, each once. */
    List<AccountId> answering(Collection<UUID> occurrences, Collection<Attendance> statuses) {
        if (occurrences.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct member from calendar_rsvp where occurrence_id in (:occurrences) and status in (:statuses)")
                .param("occurrences", occurrences).param("statuses", statuses.stream().map(Enum::name).toList())
                .query((row, number) -> new AccountId(row.getObject("member", UUID.class))).list();
    }

    /** The members going to an occurrence, first answers first, at most {@code limit}. */
    List<AccountId> going(UUID occurrence, int limit) {
        return jdbc.sql("select member from calendar_rsvp where occurrence_id = ? and status = 'GOING' "
                        + "order by responded_at, member limit ?")
                .params(occurrence, limit).query((row, number) -> new AccountId(row.getObject("member", UUID.class))).list();
    }
}
