package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Listing;
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
 * "Matches for you" on the events list: coming events in the viewer's genres or near where their profile says they
 * are, ranked by fit (shared genres weigh most, then being near), soonest first among equals, each with its reason,
 * such as: jazz, funk · 12 km. The viewer's own events are left out.
 */
@Component
public class EventMatches {

    static final int SHOWN = 4;
    static final int NEAR_KM = 100;
    static final Duration AHEAD = Duration.ofDays(60);

    private final Profiles profiles;
    private final OccurrenceListings listings;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    EventMatches(Profiles profiles, OccurrenceListings listings, Clock clock) {
        this.profiles = profiles;
        this.listings = listings;
        this.clock = clock;
    }

    /**
     * One matching event.
     *
     * @param listing the event with its next occurrence
     * @param reason why it fits the viewer
     */
    public record Match(Listing listing, String reason) {
    }

    @Transactional(readOnly = true)
    public List<Match> forViewer(AccountId viewer) {
        ProfileDetails profile = profiles.details(viewer).orElse(null);
        if (profile == null) {
            return List.of();
        }
        Set<String> likes = profile.genres().stream().map(genre -> genre.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        GeoPoint home = profile.latitude() == null || profile.longitude() == null ? null
                : GeoPoint.of(profile.latitude(), profile.longitude());
        if (likes.isEmpty() && home == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<UUID> ids = Search.session(entityManager).search(EventDocument.class).select(f -> f.id(UUID.class))
                .where(f -> fitting(f, viewer, likes, home, now))
                .sort(f -> f.score().then().field(EventFields.NEXT_START).asc())
                .fetchHits(SHOWN);
        Map<UUID, Listing> next = listings.nextOfEach(ids, now).stream()
                .collect(Collectors.toMap(listing -> listing.event().id(), Function.identity(), (first, later) -> first));
        return ids.stream().map(next::get).filter(Objects::nonNull)
                .map(listing -> new Match(listing, reason(listing.event(), likes, profile))).toList();
    }

    private static BooleanPredicateClausesStep<?, ?> fitting(SearchPredicateFactory f, AccountId viewer, Set<String> likes,
            GeoPoint home, Instant now) {
        BooleanPredicateClausesStep<?, ?> shared = f.bool();
        if (!likes.isEmpty()) {
            shared.should(f.terms().field(EventFields.GENRE).matchingAny(likes).boost(2));
        }
        if (home != null) {
            shared.should(f.spatial().within().field(EventFields.LOCATION).circle(home, NEAR_KM, DistanceUnit.KILOMETERS));
        }
        return f.bool()
                .filter(f.match().field(EventFields.CANCELLED).matching(false))
                .filter(f.range().field(EventFields.NEXT_START).between(now, now.plus(AHEAD)))
                .mustNot(f.match().field(EventFields.ORGANISER).matching(viewer.value()))
                .must(shared);
    }

    static String reason(EventDetails event, Set<String> likes, ProfileDetails profile) {
        List<String> parts = new ArrayList<>();
        List<String> genres = event.genres().stream().filter(likes::contains).toList();
        if (!genres.isEmpty()) {
            parts.add(String.join(", ", genres));
        }
        if (event.latitude() != null && event.longitude() != null && profile.latitude() != null
                && profile.longitude() != null) {
            parts.add(Math.round(Place.kilometresBetween(profile.latitude(), profile.longitude(), event.latitude(),
                    event.longitude())) + " km");
        }
        return String.join(" \u00b7 ", parts);
    }
}
