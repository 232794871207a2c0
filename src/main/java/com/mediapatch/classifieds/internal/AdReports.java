package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdVersion;
import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.ReportableTarget;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ads as a reportable target: members report ads they can see; moderators read the ad in any state with
 * every earlier version, and hide it, after which only its owner still sees it.
 */
@Component
public class AdReports implements ReportableTarget {

    public static final String KIND = "ad";

    private final AdStore store;
    private final AdListings listings;
    private final AdIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdReports(AdStore store, AdListings listings, AdIndex index, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.listings = listings;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Reportable> reportable(AccountId reporter, UUID id) {
        return store.find(new AdId(id)).filter(ad -> ad.ownedBy(reporter) || ad.live(clock.instant()))
                .map(ad -> new Reportable(ad.owner(), "The ad \u201c" + ad.title() + "\u201d"));
    }

    @Override
    public Optional<Review> review(UUID id) {
        return store.find(new AdId(id)).map(ad -> new Review(ad.owner(),
                "The ad \u201c" + ad.title() + "\u201d (" + ad.category().label() + ", " + ad.statusLabel(clock.instant()) + ")",
                text(ad), ad.hidden(), store.versions(ad.id()).stream().map(AdReports::text).toList()));
    }

    @Override
    @Transactional
    public boolean hide(UUID id, AccountId moderator) {
        Optional<Ad> ad = store.find(new AdId(id));
        ad.ifPresent(found -> {
            store.setHidden(found.id(), true);
            index.changed(found.id());
            listings.forgetCounts();
            events.publishEvent(AuditableAction.of(clock.instant(), "member:" + moderator, "classifieds.ad-hidden",
                    "ad:" + found.id(), null, Map.of()));
        });
        return ad.isPresent();
    }

    private static String text(Ad ad) {
        return ad.title() + " \u2014 " + ad.details().description();
    }

    private static String text(AdVersion version) {
        return version.title() + " \u2014 " + version.description();
    }
}
