package com.mediapatch.classifieds.internal;

import static com.mediapatch.shared.SqlTime.instant;
import static com.mediapatch.shared.SqlTime.of;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdStatus;
import com.mediapatch.classifieds.AdVersion;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ad and ad-version tables; used only inside the classifieds module. */
@Repository
public class AdStore {

    static final String COLUMNS = "id, owner, title, description, category, instruments, genres, level, commitment, "
            + "paid, remote, place_id, city, country, latitude, longitude, media_links, status, hidden, created_at, "
            + "published_at, expires_at";
    /** Where reading a newest-first list starts: after every stored row. */
    static final PageCursor NEWEST = new PageCursor(Instant.parse("9999-12-31T00:00:00Z"),
            new UUID(-1L, -1L));

    private final JdbcClient jdbc;

    AdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Ad ad, String fingerprint, Instant now) {
        AdDetails d = ad.details();
        AdPlace p = ad.where();
        jdbc.sql("insert into classifieds_ad (" + COLUMNS + ", fingerprint, updated_at) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ad.id().value(), ad.owner().value(), d.title(), d.description(), d.category().name(),
                        Tags.column(d.instruments()), Tags.column(d.genres()), d.level().name(), d.commitment().name(),
                        d.paid(), p == null, p == null ? null : p.placeId(), p == null ? null : p.city(),
                        p == null ? null : p.country(), p == null ? null : p.latitude(), p == null ? null : p.longitude(),
                        linksColumn(d.mediaLinks()), ad.status().name(), ad.hidden(), of(ad.createdAt()),
                        null, null, fingerprint, of(now))
                .update();
    }

    /** Keeps the current version in the history, then writes the new details. */
    void replaceDetails(Ad current, AdDetails d, AdPlace p, String fingerprint, Instant now) {
        AdDetails old = current.details();
        jdbc.sql("insert into classifieds_ad_version (id, ad_id, replaced_at, title, description, category, "
                + "instruments, genres, media_links) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), current.id().value(), of(now), old.title(), old.description(),
                        old.category().name(), Tags.column(old.instruments()), Tags.column(old.genres()),
                        linksColumn(old.mediaLinks()))
                .update();
        jdbc.sql("update classifieds_ad set title = ?, description = ?, category = ?, instruments = ?, genres = ?, "
                + "level = ?, commitment = ?, paid = ?, remote = ?, place_id = ?, city = ?, country = ?, latitude = ?, "
                + "longitude = ?, media_links = ?, fingerprint = ?, updated_at = ? where id = ?")
                .params(d.title(), d.description(), d.category().name(), Tags.column(d.instruments()),
                        Tags.column(d.genres()), d.level().name(), d.commitment().name(), d.paid(), p == null,
                        p == null ? null : p.placeId(), p == null ? null : p.city(), p == null ? null : p.country(),
                        p == null ? null : p.latitude(), p == null ? null : p.longitude(),
                        linksColumn(d.mediaLinks()), fingerprint, of(now), current.id().value())
                .update();
    }

    public Optional<Ad> find(AdId id) {
        return jdbc.sql("select " + COLUMNS + " from classifieds_ad where id = ?").param(id.value())
                .query(AdStore::row).optional();
    }

    List<Ad> findAll(List<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("select " + COLUMNS + " from classifieds_ad where id in (:ids)").param("ids", ids)
                        .query(AdStore::row).list();
    }

    /** Drafts and published ads not yet expired. */
    long activeCount(AccountId owner, Instant now) {
        return jdbc.sql("select count(*) from classifieds_ad where owner = ? and (status = 'DRAFT' "
                + "or (status = 'PUBLISHED' and expires_at > ?))").params(owner.value(), of(now))
                .query(Long.class).single();
    }

    boolean postedRecently(AccountId owner, String fingerprint, Instant since, AdId except) {
        return jdbc.sql("select count(*) from classifieds_ad where owner = ? and fingerprint = ? and created_at > ? "
                + "and id <> ?").params(owner.value(), fingerprint, of(since), except.value())
                .query(Long.class).single() > 0;
    }

    /** Publishes a draft or renews a published ad: listed from now until {@code expiresAt}. */
    boolean publish(AdId id, Instant now, Instant expiresAt) {
        return jdbc.sql("update classifieds_ad set status = 'PUBLISHED', published_at = ?, expires_at = ?, "
                + "reminder_claim = null, updated_at = ? where id = ? and status in ('DRAFT', 'PUBLISHED')")
                .params(of(now), of(expiresAt), of(now), id.value()).update() == 1;
    }

    boolean close(AdId id, Instant now) {
        return jdbc.sql("update classifieds_ad set status = 'CLOSED', closed_at = ?, updated_at = ? "
                + "where id = ? and status = 'PUBLISHED'").params(of(now), of(now), id.value()).update() == 1;
    }

    void setHidden(AdId id, boolean hidden) {
        jdbc.sql("update classifieds_ad set hidden = ? where id = ?").params(hidden, id.value()).update();
    }

    void delete(AdId id) {
        jdbc.sql("delete from classifieds_ad where id = ?").param(id.value()).update();
    }

    /** The owner's ads, newest first, a keyset page at a time along (owner, created_at, id). */
    public KeysetPage<Ad> ownedBy(AccountId owner, PageCursor after, int size) {
        PageCursor from = after == null ? NEWEST : after;
        List<Ad> rows = jdbc.sql("select " + COLUMNS + " from classifieds_ad where owner = ? and (created_at, id) < (?, ?) "
                + "order by created_at desc, id desc limit ?").params(owner.value(), of(from.at()), from.id(), size + 1)
                .query(AdStore::row).list();
        return KeysetPage.of(rows, size, ad -> new PageCursor(ad.createdAt(), ad.id().value()));
    }

    /** Earlier versions of an ad, newest first. */
    public List<AdVersion> versions(AdId id) {
        return jdbc.sql("select replaced_at, title, description, category, instruments, genres, media_links "
                + "from classifieds_ad_version where ad_id = ? order by replaced_at desc, id desc").param(id.value())
                .query((rs, n) -> new AdVersion(instant(rs, "replaced_at"), rs.getString("title"),
                        rs.getString("description"), Category.valueOf(rs.getString("category")),
                        Tags.fromColumn(rs.getString("instruments")), Tags.fromColumn(rs.getString("genres")),
                        links(rs.getString("media_links"))))
                .list();
    }

    static Ad row(ResultSet rs, int n) throws SQLException {
        AdDetails details = new AdDetails(rs.getString("title"), rs.getString("description"),
                Category.valueOf(rs.getString("category")), Tags.fromColumn(rs.getString("instruments")),
                Tags.fromColumn(rs.getString("genres")), Level.valueOf(rs.getString("level")),
                Commitment.valueOf(rs.getString("commitment")), rs.getBoolean("paid"), links(rs.getString("media_links")));
        AdPlace where = rs.getBoolean("remote") ? null
                : new AdPlace(rs.getLong("place_id"), rs.getString("city"), rs.getString("country"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"));
        return new Ad(new AdId(rs.getObject("id", UUID.class)), new AccountId(rs.getObject("owner", UUID.class)), details,
                where, AdStatus.valueOf(rs.getString("status")), rs.getBoolean("hidden"), instant(rs, "created_at"),
                instant(rs, "published_at"), instant(rs, "expires_at"));
    }

    static String linksColumn(List<String> links) {
        return String.join("\n", links);
    }

    static List<String> links(String column) {
        return column == null || column.isBlank() ? List.of()
                : new ArrayList<>(Arrays.stream(column.split("\n")).filter(link -> !link.isBlank()).toList());
    }
}
