package com.mediapatch.classifieds.internal;

import static com.mediapatch.shared.SqlTime.instant;
import static com.mediapatch.shared.SqlTime.of;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.AdRefused;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsProblem;
import com.mediapatch.classifieds.SavedSearch;
import com.mediapatch.classifieds.SavedSearchNotFound;
import com.mediapatch.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Members' saved ad searches: at most {@link #MAX_PER_MEMBER} each, listed and deleted only by their owner. */
@Component
public class SavedSearches {

    public static final int MAX_PER_MEMBER = 20;
    static final int BATCH = 500;
    private static final String COLUMNS = "id, owner, words, category, instrument, genre, place_id, city, country, "
            + "latitude, longitude, radius_km, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID save(AccountId owner, AdQuery query) {
        if (jdbc.sql("select count(*) from classifieds_saved_search where owner = ?").param(owner.value())
                .query(Long.class).single() >= MAX_PER_MEMBER) {
            throw new AdRefused(ClassifiedsProblem.TOO_MANY_SAVED);
        }
        UUID id = UUID.randomUUID();
        AdPlace near = query.near();
        jdbc.sql("insert into classifieds_saved_search (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, owner.value(), query.words(), query.category() == null ? null : query.category().name(),
                        query.instrument(), query.genre(), near == null ? null : near.placeId(),
                        near == null ? null : near.city(), near == null ? null : near.country(),
                        near == null ? null : near.latitude(), near == null ? null : near.longitude(), query.radiusKm(),
                        of(clock.instant()))
                .update();
        return id;
    }

    /** The member's saved searches, newest first (bounded by {@link #MAX_PER_MEMBER}). */
    public List<SavedSearch> ownedBy(AccountId owner) {
        return jdbc.sql("select " + COLUMNS + " from classifieds_saved_search where owner = ? "
                + "order by created_at desc, id desc").param(owner.value()).query(SavedSearches::row).list();
    }

    public void delete(AccountId owner, UUID id) {
        if (jdbc.sql("delete from classifieds_saved_search where id = ? and owner = ?").params(id, owner.value())
                .update() == 0) {
            throw new SavedSearchNotFound();
        }
    }

    /**
     * Searches of this category or of every category, a batch at a time in id order: the first batch with
     * {@code after} null, then after the last id of the one before (in the database's own UUID order).
     */
    List<SavedSearch> forCategory(Category category, UUID after) {
        if (after == null) {
            return jdbc.sql("select " + COLUMNS + " from classifieds_saved_search where (category = ? or category is null) "
                    + "order by id limit ?").params(category.name(), BATCH).query(SavedSearches::row).list();
        }
        return jdbc.sql("select " + COLUMNS + " from classifieds_saved_search where (category = ? or category is null) "
                + "and id > ? order by id limit ?").params(category.name(), after, BATCH)
                .query(SavedSearches::row).list();
    }

    private static SavedSearch row(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        long placeId = rs.getLong("place_id");
        AdPlace near = rs.wasNull() ? null : new AdPlace(placeId, rs.getString("city"), rs.getString("country"),
                rs.getDouble("latitude"), rs.getDouble("longitude"));
        AdQuery query = new AdQuery(rs.getString("words"), category == null ? null : Category.valueOf(category),
                rs.getString("instrument"), rs.getString("genre"), null, near, rs.getInt("radius_km"));
        return new SavedSearch(rs.getObject("id", UUID.class), new AccountId(rs.getObject("owner", UUID.class)), query,
                instant(rs, "created_at"));
    }
}
