package com.mediapatch.calendar.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.LineupMember;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members named in lineups, in {@code calendar_lineup}. */
@Repository
class LineupStore {

    private final JdbcClient jdbc;

    LineupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LineupMember> of(UUID event) {
        return jdbc.sql("select member, confirmed_at from calendar_lineup where event_id = ? order by position")
                .param(event)
                .query((row, number) -> new LineupMember(new AccountId(row.getObject("member", UUID.class)),
                        row.getObject("confirmed_at") != null))
                .list();
    }

    /** Makes the lineup exactly {@code members} in order; returns the members newly named, who must confirm. */
    List<AccountId> replace(UUID event, List<AccountId> members) {
        List<AccountId> before = of(event).stream().map(LineupMember::member).toList();
        before.stream().filter(member -> !members.contains(member)).forEach(member -> jdbc
                .sql("delete from calendar_lineup where event_id = ? and member = ?").params(event, member.value()).update());
        List<AccountId> added = new ArrayList<>();
        for (int position = 0; position < members.size(); position++) {
            AccountId member = members.get(position);
            if (before.contains(member)) {
                jdbc.sql("update calendar_lineup set position = ? where event_id = ? and member = ?")
                        .params(position, event, member.value()).update();
            } else {
                jdbc.sql("insert into calendar_lineup (event_id, member, position) values (?, ?, ?)")
                        .params(event, member.value(), position).update();
                added.add(member);
            }
        }
        return added;
    }

    /** Removes the member from the lineup (declining). */
    boolean remove(UUID event, AccountId member) {
        return jdbc.sql("delete from calendar_lineup where event_id = ? and member = ?").params(event, member.value()).update() == 1;
    }

    boolean confirm(UUID event, AccountId member, Instant at) {
        return jdbc.sql("update calendar_lineup set confirmed_at = ? where event_id = ? and member = ? and confirmed_at is null")
                .params(SqlTime.of(at), event, member.value()).update() == 1;
    }
}
