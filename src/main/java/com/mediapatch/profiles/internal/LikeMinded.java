package com.mediapatch.profiles.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members who share a member's disciplines, genres or city, found along indexes: for each of the member's first
 * {@link #TAGS_WEIGHED} tags a window of {@code limit} members with it (by the tag's lower-case key), and as many
 * more from the same city. Common tags are held by thousands; reading a window of each instead of every holder
 * keeps the cost the same however large the community grows. Those found under several tags come first.
 */
@Component
public class LikeMinded {

    /** How many of the member's own disciplines and genres are looked up. */
    static final int TAGS_WEIGHED = 6;

    /** The member's city and non-skill tag keys, one row per tag (or one row without a tag). */
    private static final String MINE = """
            select p.city_key, p.country, t.kind, t.tag_key from profiles_profile p
            left join profiles_profile_tag t on t.account_id = p.account_id and t.kind <> 'SKILL'
            where p.account_id = ? order by t.kind, t.tag_key""";

    /*
     * No ORDER BY in the two windows below: any holders will do, and without one both databases stop reading the
     * index after the limit (H2 sorts every holder first when asked for an order, even the index's own).
     */

    /** Holders of one tag, the first the (kind, tag_key, account_id) index yields. */
    static final String SHARING_TAG = """
            select t.account_id from profiles_profile_tag t join profiles_profile p on p.account_id = t.account_id
            where t.kind = ? and t.tag_key = ? and t.account_id <> ? and p.visibility <> 'FRIENDS'
            limit ?""";

    /** Members of one city, the first the (city_key, account_id) index yields; the country must match when given. */
    static final String SHARING_CITY = """
            select account_id from profiles_profile
            where city_key = ? and account_id <> ? and visibility <> 'FRIENDS' and (cast(? as varchar(2)) is null or country = ?)
            limit ?""";

    private record Mine(String city, String country, List<String[]> tags) {
    }

    private final JdbcClient jdbc;

    LikeMinded(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} sharing tags, most tags shared first, then up to {@code limit} more sharing the city. */
    @Transactional(readOnly = true)
    public List<AccountId> of(AccountId account, int limit) {
        Mine mine = mine(account.value());
        if (mine == null) {
            return List.of();
        }
        Map<UUID, Integer> shared = new LinkedHashMap<>();
        mine.tags().stream().limit(TAGS_WEIGHED).forEach(tag -> jdbc.sql(SHARING_TAG)
                .params(tag[0], tag[1], account.value(), limit).query(UUID.class).list()
                .forEach(other -> shared.merge(other, 1, Integer::sum)));
        List<AccountId> found = new ArrayList<>(shared.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .map(entry -> new AccountId(entry.getKey())).toList());
        if (mine.city() != null) {
            jdbc.sql(SHARING_CITY).params(mine.city(), account.value(), mine.country(), mine.country(), limit)
                    .query(UUID.class).list().stream().map(AccountId::new).filter(other -> !found.contains(other))
                    .forEach(found::add);
        }
        return found;
    }

    private Mine mine(UUID account) {
        List<Object[]> rows = jdbc.sql(MINE).param(account).query((row, n) -> new Object[] {row.getString(1),
                row.getString(2), row.getString(3), row.getString(4)}).list();
        if (rows.isEmpty()) {
            return null;
        }
        List<String[]> tags = rows.stream().filter(row -> row[2] != null)
                .map(row -> new String[] {(String) row[2], (String) row[3]}).toList();
        return new Mine((String) rows.get(0)[0], (String) rows.get(0)[1], tags);
    }
}
