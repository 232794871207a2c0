package com.mediapatch.profiles.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory in a fixed number of queries a page whatever its size: the page of
 * profiles (walked in name order from a cursor, never counted from the start), their
 * disciplines, a count that stops at {@link #COUNT_LIMIT}, and for a search a short probe of
 * how common each typed word is. Every typed word must begin a word of the member's name or handle
 * ({@link SearchTerms}); a rare word is where the search starts, common ones are checked per member.
 */
@Component
public class Directory {

    public static final int PAGE_SIZE = 24;
    public static final int COUNT_LIMIT = 1000;
    /** A word fewer members' words begin with than this is where a search starts. */
    static final int DRIVING_LIMIT = 2000;

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page as {@code search.viewer()} may see it: public and (for members) members-only
     * profiles, friends-only ones of their friends, never those cut off by a block.
     */
    @Transactional(readOnly = true)
    public DirectoryPage page(DirectorySearch search, Set<AccountId> friends, Set<AccountId> hidden) {
        List<String> words = search.filters().words();
        Filter filter = new Filter(search, words, rarestWord(words), friends, hidden);
        boolean backwards = search.before() != null;
        List<DirectoryPage.Entry> rows = new ArrayList<>(jdbc.sql("SELECT p.account_id, p.handle, p.display_name, p.city, "
                + "p.country, p.photo_id FROM profiles_profile p WHERE " + filter.where() + filter.seek()
                + (backwards ? " ORDER BY p.display_name DESC, p.handle DESC" : " ORDER BY p.display_name, p.handle")
                + " LIMIT :limit").params(filter.parameters(PAGE_SIZE + 1))
                .query((row, n) -> new DirectoryPage.Entry(new ProfileSummary(new AccountId(row.getObject(1, UUID.class)),
                        row.getString(2), row.getString(3), row.getObject(6, UUID.class)), row.getString(4), row.getString(5), new ArrayList<>()))
                .list());
        if (rows.isEmpty() && (search.after() != null || search.before() != null)) {
            // The cursor's member is gone (or never was): start from the beginning instead.
            return page(new DirectorySearch(search.viewer(), search.filters(), null, null), friends, hidden);
        }
        boolean more = rows.size() > PAGE_SIZE;
        List<DirectoryPage.Entry> page = new ArrayList<>(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        if (backwards) {
            Collections.reverse(page);
        }
        addDisciplines(page);
        String first = page.isEmpty() ? null : page.get(0).summary().handle();
        String last = page.isEmpty() ? null : page.get(page.size() - 1).summary().handle();
        boolean hasPrevious = backwards ? more : search.after() != null;
        boolean hasNext = backwards || more;
        return new DirectoryPage(page, hasPrevious ? first : null, hasNext && !page.isEmpty() ? last : null,
                count(filter));
    }

    /**
     * The typed word fewest members' words begin with, when few enough begin with it to start
     * from them (else -1: walk the directory in name order and check each member's words, which
     * finds a page of a common word quickly). One short read per word, stopping at the limit.
     */
    private int rarestWord(List<String> words) {
        int rarest = -1;
        int fewest = DRIVING_LIMIT;
        for (int i = 0; i < words.size(); i++) {
            int matches = jdbc.sql("SELECT 1 FROM profiles_search_term WHERE term LIKE ? LIMIT ?")
                    .params(words.get(i) + "%", DRIVING_LIMIT).query(Integer.class).list().size();
            if (matches < fewest) {
                rarest = i;
                fewest = matches;
            }
        }
        return rarest;
    }

    private void addDisciplines(List<DirectoryPage.Entry> page) {
        if (page.isEmpty()) {
            return;
        }
        Map<UUID, List<Discipline>> byAccount = new HashMap<>();
        page.forEach(entry -> byAccount.put(entry.summary().account().value(), entry.disciplines()));
        jdbc.sql("SELECT account_id, tag FROM profiles_profile_tag WHERE kind = 'DISCIPLINE' AND account_id IN (:ids) "
                + "ORDER BY tag").param("ids", byAccount.keySet())
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list()
                .forEach(tag -> Arrays.stream(Discipline.values()).filter(known -> known.name().equals(tag.getValue()))
                        .forEach(byAccount.get(tag.getKey())::add));
    }

    private long count(Filter filter) {
        if (filter.drivenByARareWord()) {
            // Fewer than DRIVING_LIMIT members at most: counted whole (H2 drops the word's index in a limited sub-select).
            long found = jdbc.sql("SELECT COUNT(*) FROM profiles_profile p WHERE " + filter.where())
                    .params(filter.parameters(COUNT_LIMIT + 1)).query(Long.class).single();
            return Math.min(found, COUNT_LIMIT + 1);
        }
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM profiles_profile p WHERE " + filter.where()
                + " LIMIT :limit) counted").params(filter.parameters(COUNT_LIMIT + 1)).query(Long.class).single();
    }

    /** The WHERE clause of a search: constant fragments only, every value a named parameter. */
    private static final class Filter {

        private final DirectorySearch search;
        private final DirectoryFilters filters;
        private final List<String> words;
        private final int drivingWord;
        private final Set<AccountId> friends;
        private final Set<AccountId> hidden;

        Filter(DirectorySearch search, List<String> words, int drivingWord, Set<AccountId> friends, Set<AccountId> hidden) {
            this.search = search;
            this.filters = search.filters();
            this.words = words;
            this.drivingWord = drivingWord;
            this.friends = friends;
            this.hidden = hidden;
        }

        boolean drivenByARareWord() {
            return drivingWord >= 0;
        }

        String where() {
            StringBuilder where = new StringBuilder(DirectoryVisibility.WHERE);
            for (int i = 0; i < words.size(); i++) {
                where.append(i == drivingWord
                        ? " AND p.account_id IN (SELECT s.account_id FROM profiles_search_term s WHERE s.term LIKE :word"
                        : " AND EXISTS (SELECT 1 FROM profiles_search_term s WHERE s.account_id = p.account_id "
                                + "AND s.term LIKE :word").append(i).append(')');
            }
            if (filters.discipline() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM profiles_profile_tag t WHERE t.account_id = p.account_id "
                        + "AND t.kind = 'DISCIPLINE' AND t.tag = :discipline)");
            }
            // Genre, skill and city are the index's filters; while it is being built they are checked row by row.
            if (filters.genre() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM profiles_profile_tag t WHERE t.account_id = p.account_id "
                        + "AND t.kind = 'GENRE' AND LOWER(t.tag) = :genre)");
            }
            if (filters.skill() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM profiles_profile_tag t WHERE t.account_id = p.account_id "
                        + "AND t.kind = 'SKILL' AND LOWER(t.tag) = :skill)");
            }
            if (filters.city() != null) {
                where.append(" AND LOWER(p.city) = :city");
            }
            return where.toString();
        }

        /** Where the page starts: after (or before) the named member in name order. */
        String seek() {
            String cursor = search.after() != null ? search.after() : search.before();
            if (cursor == null) {
                return "";
            }
            String direction = search.after() != null ? ">" : "<";
            return " AND (p.display_name, p.handle) " + direction + " (SELECT c.display_name, c.handle "
                    + "FROM profiles_profile c WHERE c.handle = :cursor)";
        }

        Map<String, Object> parameters(int limit) {
            Map<String, Object> parameters = new HashMap<>(DirectoryVisibility.parameters(search.viewer(), friends, hidden));
            for (int i = 0; i < words.size(); i++) {
                // Words are letters and digits only (see SearchTerms.words): nothing to escape.
                parameters.put("word" + i, words.get(i) + "%");
            }
            if (filters.discipline() != null) {
                parameters.put("discipline", filters.discipline().name());
            }
            parameters.put("genre", DirectoryFilters.folded(filters.genre()));
            parameters.put("skill", DirectoryFilters.folded(filters.skill()));
            parameters.put("city", DirectoryFilters.folded(filters.city()));
            parameters.put("cursor", search.after() != null ? search.after() : search.before());
            parameters.put("limit", limit);
            return parameters;
        }
    }
}
