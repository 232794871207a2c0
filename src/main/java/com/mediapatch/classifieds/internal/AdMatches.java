package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.Category;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Matches for you": live ads that want what the viewer's profile says they play, ranked by fit (an
 * instrument wanted that they play weighs most, then shared genres, then being near them), each with its
 * reason, such as: plays bass · 12 km · doom, sludge. The viewer's own ads are left out.
 */
@Component
public class AdMatches {

    static final int SHOWN = 4;
    static final int NEAR_KM = 100;
    private static final List<String> WANTING = List.of(Category.MUSICIANS_WANTED.name(), Category.BANDS_LOOKING.name(),
            Category.COLLABORATORS.name());

    private final Profiles profiles;
    private final AdStore store;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AdMatches(Profiles profiles, AdStore store, Clock clock) {
        this.profiles = profiles;
        this.store = store;
        this.clock = clock;
    }

    /**
     * One matching ad.
     *
     * @param ad the ad
     * @param reason why it fits the viewer
     */
    public record Match(Ad ad, String reason) {
    }

    @Transactional(readOnly = true)
    public List<Match> forViewer(AccountId viewer) {
        ProfileDetails profile = profiles.details(viewer).orElse(null);
        if (profile == null || profile.skills().isEmpty() && profile.genres().isEmpty()) {
            return List.of();
        }
        Set<String> plays = lower(profile.skills());
        Set<String> likes = lower(profile.genres());
        GeoPoint home = profile.latitude() == null || profile.longitude() == null ? null
                : GeoPoint.of(profile.latitude(), profile.longitude());
        Instant now = clock.instant();
        List<UUID> ids = Search.session(entityManager).search(AdDocument.class).select(f -> f.id(UUID.class))
                .where(f -> fitting(f, viewer, plays, likes, home, now))
                .sort(f -> f.score().then().field(AdFields.PUBLISHED).desc())
                .fetchHits(SHOWN);
        Map<UUID, Ad> ads = store.findAll(ids).stream().collect(Collectors.toMap(ad -> ad.id().value(), Function.identity()));
        return ids.stream().map(ads::get).filter(ad -> ad != null && ad.live(now))
                .map(ad -> new Match(ad, reason(ad, plays, likes, profile))).toList();
    }

    private static BooleanPredicateClausesStep<?, ?> fitting(SearchPredicateFactory f, AccountId viewer, Set<String> plays,
            Set<String> likes, GeoPoint home, Instant now) {
        BooleanPredicateClausesStep<?, ?> fit = f.bool()
                .filter(f.match().field(AdFields.STATUS).matching("PUBLISHED"))
                .filter(f.match().field(AdFields.HIDDEN).matching(false))
                .filter(f.range().field(AdFields.EXPIRES).greaterThan(now))
                .filter(f.terms().field(AdFields.CATEGORY).matchingAny(WANTING))
                .mustNot(f.match().field(AdFields.OWNER).matching(viewer.value()));
        BooleanPredicateClausesStep<?, ?> shared = f.bool();
        if (!plays.isEmpty()) {
            shared.should(f.terms().field(AdFields.INSTRUMENT).matchingAny(plays).boost(4));
        }
        if (!likes.isEmpty()) {
            shared.should(f.terms().field(AdFields.GENRE).matchingAny(likes));
        }
        fit.must(shared);
        if (home != null) {
            fit.should(f.spatial().within().field(AdFields.LOCATION).circle(home, NEAR_KM, DistanceUnit.KILOMETERS));
        }
        return fit;
    }

    static String reason(Ad ad, Set<String> plays, Set<String> likes, ProfileDetails profile) {
        List<String> parts = new ArrayList<>();
        List<String> instruments = ad.instruments().stream().filter(plays::contains).toList();
        if (!instruments.isEmpty()) {
            parts.add("plays " + String.join(", ", instruments));
        }
        if (ad.where() != null && profile.latitude() != null && profile.longitude() != null) {
            parts.add(Math.round(Place.kilometresBetween(profile.latitude(), profile.longitude(), ad.where().latitude(),
                    ad.where().longitude())) + " km");
        }
        List<String> genres = ad.genres().stream().filter(likes::contains).toList();
        if (!genres.isEmpty()) {
            parts.add(String.join(", ", genres));
        }
        return String.join(" \u00b7 ", parts);
    }

    private static Set<String> lower(List<String> tags) {
        return tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
