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
import com.mediapatch.classifieds.AdPlace;
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

    /**
     * One statement for every search: a filter left out binds a value that lets every row through (a null
     * category compares the column with itself, an absent word is the pattern that matches anything).
     */
    private static final String LIVE = "select " + AdStore.COLUMNS + """
             from classifieds_ad
            where status = 'PUBLISHED' and hidden = false and expires_at > ? and (published_at, id) < (?, ?)
              and category = coalesce(?, category)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and (lower(title) like ? or lower(description) like ? or instruments like ? or genres like ?)
              and instruments like ? escape '!' and genres like ? escape '!'
              and published_at > ?
              and (? = false or (remote = false and latitude between ? and ? and longitude between ? and ?))
            order by published_at desc, id desc
            limit ?""";
    private static final String ANYTHING = "%";

    public KeysetPage<Ad> live(AdQuery query, PageCursor after, int size) {
        Instant now = clock.instant();
        PageCursor from = after == null ? AdStore.NEWEST : after;
        List<Object> params = new ArrayList<>(List.of(of(now), of(from.at()), from.id()));
        params.add(query.category() == null ? null : query.category().name());
        List<String> words = query.wordList();
        for (int slot = 0; slot < AdQuery.MAX_WORDS; slot++) {
            // Words are letters and digits only (AdQuery.wordList): nothing to escape.
            String like = slot < words.size() ? containing(words.get(slot)) : ANYTHING;
            params.addAll(List.of(like, like, like, like));
        }
        params.add(query.instrument() == null ? ANYTHING : Tags.pattern(query.instrument()));
        params.add(query.genre() == null ? ANYTHING : Tags.pattern(query.genre()));
        params.add(of(query.within() == null ? Instant.EPOCH : now.minus(query.within().span())));
        AdPlace near = query.near();
        double latSpan = query.radiusKm() / KM_PER_DEGREE;
        double lonSpan = near == null ? 0 : latSpan / Math.max(0.01, Math.cos(Math.toRadians(near.latitude())));
        params.add(near != null);
        params.addAll(near == null ? List.of(0.0, 0.0, 0.0, 0.0) : List.of(near.latitude() - latSpan,
                near.latitude() + latSpan, near.longitude() - lonSpan, near.longitude() + lonSpan));
        params.add(size + 1);
        List<Ad> rows = jdbc.sql(LIVE).params(params).query(AdStore::row).list();
        KeysetPage<Ad> page = KeysetPage.of(rows, size, ad -> new PageCursor(ad.publishedAt(), ad.id().value()));
        if (near == null) {
            return page;
        }
        // The box holds the circle's corners too; the page keeps its cursor, so a short page still leads on.
        return page.withItems(page.items().stream().filter(ad -> Place.kilometresBetween(near.latitude(),
                near.longitude(), ad.where().latitude(), ad.where().longitude()) <= query.radiusKm()).toList());
    }

    private static String containing(String word) {
        return "%" + word + "%";
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
