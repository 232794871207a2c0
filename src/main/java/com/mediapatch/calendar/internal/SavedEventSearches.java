package com.mediapatch.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' saved event searches: the /events filters with a name, checked against every newly posted event
 * ({@link EventSearchAlerts}). At most {@link #MOST} each, listed and deleted only by their owner; a filter the
 * list would refuse is refused here too.
 */
@Service
public class SavedEventSearches {

    public static final int MOST = 20;
    static final int BATCH = 500;
    private static final int LONGEST_FILTER = 500;
    private static final String COLUMNS = "id, owner, label, filter, zone, created_at";
    private static final String SELECT = "select " + COLUMNS + " from calendar_saved_search ";

    /**
     * A saved search.
     *
     * @param id the search
     * @param owner whose it is
     * @param label its name
     * @param query the filters
     * @param zone the owner's zone when saving, for "today" and "this weekend"
     */
    public record SavedEventSearch(UUID id, AccountId owner, String label, EventQuery query, ZoneId zone) {
    }

    private final JdbcClient jdbc;
    private final Filters filters;
    private final Clock clock;

    SavedEventSearches(JdbcClient jdbc, Filters filters, Clock clock) {
        this.jdbc = jdbc;
        this.filters = filters;
        this.clock = clock;
    }

    @Transactional
    public UUID save(AccountId owner, String label, EventQuery query, ZoneId zone) {
        filters.resolve(query, zone);
        String filter = query.toQueryString();
        if (filter.length() > LONGEST_FILTER) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "This search is too long to save: use fewer or shorter words.");
        }
        if (jdbc.sql("select count(*) from calendar_saved_search where owner = ?").param(owner.value()).query(Long.class)
                .single() >= MOST) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "Keep at most " + MOST + " saved searches; delete one first.");
        }
        UUID id = UUID.randomUUID();
        String name = label == null || label.isBlank() ? (filter.isEmpty() ? "All events" : "Saved search") : label.strip();
        jdbc.sql("insert into calendar_saved_search (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
                .params(id, owner.value(), name.length() > 120 ? name.substring(0, 120) : name, filter, zone.getId(),
                        SqlTime.of(clock.instant()))
                .update();
        return id;
    }

    /** The member's saved searches, oldest first (bounded by {@link #MOST}). */
    public List<SavedEventSearch> ownedBy(AccountId owner) {
        return jdbc.sql(SELECT + "where owner = ? order by created_at, id")
                .param(owner.value()).query(SavedEventSearches::row).list();
    }

    public void delete(AccountId owner, UUID id) {
        if (jdbc.sql("delete from calendar_saved_search where id = ? and owner = ?").params(id, owner.value()).update() == 0) {
            throw new CalendarProblem(CalendarProblem.SAVED_SEARCH_NOT_FOUND);
        }
    }

    /** Every saved search a batch at a time in the database's id order: the first with {@code after} null. */
    List<SavedEventSearch> batch(UUID after) {
        var statement = after == null ? jdbc.sql(SELECT + "order by id limit ?").param(BATCH)
                : jdbc.sql(SELECT + "where id > ? order by id limit ?").params(after, BATCH);
        return statement.query(SavedEventSearches::row).list();
    }

    private static SavedEventSearch row(ResultSet rs, int n) throws SQLException {
        return new SavedEventSearch(rs.getObject("id", UUID.class), new AccountId(rs.getObject("owner", UUID.class)),
                rs.getString("label"), EventQuery.parse(rs.getString("filter")), ZoneId.of(rs.getString("zone")));
    }
}
