package com.mediapatch.profiles.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.identity.AccountId;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's search index: every typed word must match the member's name or handle (as a
 * beginning), their disciplines, skills, genres, city or bio (stemmed, with the field's synonyms),
 * best matches first; filters and the viewer's visibility rules narrow it. Pages go no further
 * than {@link #LAST_PAGE}, and the rows shown are read in one query.
 */
@Component
class ProfileSearch {

    /** Results beyond this page are not offered: a narrower search finds them. */
    static final int LAST_PAGE = 20;

    private final DirectoryRows rows;

    @PersistenceContext
    private EntityManager entityManager;

    ProfileSearch(DirectoryRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    RankedPage page(AccountId viewer, DirectoryFilters filters, int page, Set<AccountId> friends, Set<AccountId> hidden) {
        int number = Math.max(1, Math.min(page, LAST_PAGE));
        SearchResult<UUID> found = Search.session(entityManager).search(Profile.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, filters, viewer, DirectoryVisibility.friendsOf(viewer, friends), hidden))
                .sort(f -> f.score().then().field(ProfileSearchFields.NAME_ORDER).then().field(ProfileSearchFields.HANDLE))
                .totalHitCountThreshold(Directory.COUNT_LIMIT + 1)
                .fetch((number - 1) * Directory.PAGE_SIZE, Directory.PAGE_SIZE + 1);
        List<UUID> ids = found.hits();
        boolean more = ids.size() > Directory.PAGE_SIZE && number < LAST_PAGE;
        List<UUID> shown = ids.subList(0, Math.min(ids.size(), Directory.PAGE_SIZE));
        long total = found.total().isHitCountExact() ? found.total().hitCount() : Directory.COUNT_LIMIT + 1;
        return new RankedPage(rows.inOrder(shown, viewer, friends, hidden), number, more, Math.min(total, Directory.COUNT_LIMIT + 1));
    }

    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, DirectoryFilters filters,
            AccountId viewer, Set<AccountId> friends, Set<AccountId> hidden) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(visible(f, viewer, friends));
        if (!hidden.isEmpty()) {
            all.mustNot(f.terms().field(ProfileSearchFields.ACCOUNT).matchingAny(ids(hidden)));
        }
        filters.words().forEach(word -> all.must(anyField(f, word)));
        if (filters.discipline() != null) {
            all.filter(f.match().field(ProfileSearchFields.DISCIPLINE).matching(filters.discipline().name()));
        }
        if (filters.genre() != null) {
            all.filter(f.match().field(ProfileSearchFields.GENRE).matching(filters.genre()));
        }
        if (filters.skill() != null) {
            all.filter(f.match().field(ProfileSearchFields.SKILL).matching(filters.skill()));
        }
        if (filters.city() != null) {
            all.filter(f.match().field(ProfileSearchFields.CITY).matching(filters.city()));
        }
        if (filters.words().isEmpty()) {
            all.must(f.matchAll());
        }
        return all;
    }

    /** One typed word, found anywhere a member describes themselves; names and tags weigh more than prose. */
    private static BooleanPredicateClausesStep<?, ?> anyField(SearchPredicateFactory f, String word) {
        return f.bool()
                .should(f.match().field(ProfileSearchFields.HANDLE).matching(word).boost(6))
                .should(f.match().field(ProfileSearchFields.NAME).field(ProfileSearchFields.HANDLE_WORDS).matching(word)
                        .boost(3))
                .should(f.match().field(ProfileSearchFields.DISCIPLINE_WORDS).field(ProfileSearchFields.SKILL_WORDS)
                        .field(ProfileSearchFields.GENRE_WORDS).field(ProfileSearchFields.CITY_WORDS).matching(word)
                        .boost(2))
                .should(f.match().field(ProfileSearchFields.BIO).matching(word));
    }

    /** The same rule as {@link DirectoryVisibility#WHERE}: visible to all (or members), or a friend's. */
    private static BooleanPredicateClausesStep<?, ?> visible(SearchPredicateFactory f, AccountId viewer,
            Set<AccountId> friends) {
        BooleanPredicateClausesStep<?, ?> visible = f.bool()
                .should(f.terms().field(ProfileSearchFields.VISIBILITY).matchingAny(DirectoryVisibility.visibleTo(viewer)));
        if (!friends.isEmpty()) {
            visible.should(f.terms().field(ProfileSearchFields.ACCOUNT).matchingAny(ids(friends)));
        }
        return visible;
    }

    private static List<UUID> ids(Set<AccountId> accounts) {
        return accounts.stream().map(AccountId::value).toList();
    }
}
