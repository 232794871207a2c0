package com.mediapatch.classifieds.internal;

import static com.mediapatch.shared.SqlTime.of;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.places.Place;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;
import com.mediapatch.shared.Recounted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live ads (published, unexpired, not hidden) read from the database, newest first a keyset page at a
 * time along the (status, published_at, id) index; words are matched with LIKE on title, description
 * and tags, the distance by a box around the place and then exactly. Also the live count per category,
 * recounted at most once a minute.
 */
@Component
public class AdListings {

    private static final double KM_PER_DEGREE = 111.2;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Recounted<Map<Category, Long>> counts;

    AdListings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = Recounted.every(Duration.ofMinutes(1), this::countByCategory);
    }

    public KeysetPage<Ad> live(AdQuery query, PageCursor after, int size) {
        Instant now = clock.instant();
        PageCursor from = after == null ? AdStore.NEWEST : after;
        StringBuilder sql = new StringBuilder("select " + AdStore.COLUMNS + " from classifieds_ad where status = 'PUBLISHED' "
                + "and hidden = false and expires_at > ? and (published_at, id) < (?, ?)");
        List<Object> params = new ArrayList<>(List.of(of(now), of(from.at()), from.id()));
        if (query.category() != null) {
            sql.append(" and category = ?");
            params.add(query.category().name());
        }
        for (String word : query.wordList()) {
            // Words are letters and digits only (AdQuery.wordList): nothing to escape.
            sql.append(" and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)");
            String like = "%" + word + "%";
            params.addAll(List.of(like, like, like, like));
        }
        if (query.instrument() != null) {
            sql.append(" and instruments like ? escape '!'");
            params.add(Tags.pattern(query.instrument()));
        }
        if (query.genre() != null) {
            sql.append(" and genres like ? escape '!'");
            params.add(Tags.pattern(query.genre()));
        }
        if (query.within() != null) {
            sql.append(" and published_at > ?");
            params.add(of(now.minus(query.within().span())));
        }
        if (query.near() != null) {
            double latSpan = query.radiusKm() / KM_PER_DEGREE;
            double lonSpan = latSpan / Math.max(0.01, Math.cos(Math.toRadians(query.near().latitude())));
            sql.append(" and remote = false and latitude between ? and ? and longitude between ? and ?");
            params.addAll(List.of(query.near().latitude() - latSpan, query.near().latitude() + latSpan,
                    query.near().longitude() - lonSpan, query.near().longitude() + lonSpan));
        }
        sql.append(" order by published_at desc, id desc limit ?");
        params.add(size + 1);
        List<Ad> rows = jdbc.sql(sql.toString()).params(params).query(AdStore::row).list();
        KeysetPage<Ad> page = KeysetPage.of(rows, size, ad -> new PageCursor(ad.publishedAt(), ad.id().value()));
        if (query.near() == null) {
            return page;
        }
        // The box holds the circle's corners too; the page keeps its cursor, so a short page still leads on.
        return page.withItems(page.items().stream().filter(ad -> Place.kilometresBetween(query.near().latitude(),
                query.near().longitude(), ad.where().latitude(), ad.where().longitude()) <= query.radiusKm()).toList());
    }

    /** Live ads per category, at most a minute old. */
    public Map<Category, Long> countsByCategory() {
        return counts.current();
    }

    /** This node just changed what is live: the next look recounts. */
    void forgetCounts() {
        counts.forget();
    }

    private Map<Category, Long> countByCategory() {
        Map<Category, Long> counted = new EnumMap<>(Category.class);
        jdbc.sql("select category, count(*) as n from classifieds_ad where status = 'PUBLISHED' and hidden = false "
                + "and expires_at > ? group by category").param(of(clock.instant()))
                .query((rs, n) -> counted.put(Category.valueOf(rs.getString("category")), rs.getLong("n"))).list();
        return counted;
    }
}
