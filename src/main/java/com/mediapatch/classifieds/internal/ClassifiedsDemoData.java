package com.mediapatch.classifieds.internal;

import java.util.Optional;

import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.demo.DemoData;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo community's ads, published through {@link AdDesk} under the same rules as members' (two stay
 * drafts). An ad whose author already has one with its title is skipped, so running twice adds nothing.
 */
@Component
class ClassifiedsDemoData implements DemoData {

    private final Profiles profiles;
    private final Places places;
    private final AdDesk desk;
    private final JdbcClient jdbc;

    ClassifiedsDemoData(Profiles profiles, Places places, AdDesk desk, JdbcClient jdbc) {
        this.profiles = profiles;
        this.places = places;
        this.desk = desk;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        DemoAds.ALL.forEach(this::post);
    }

    private void post(DemoAds.DemoAd ad) {
        Optional<AccountId> owner = profiles.byHandle(ad.handle()).map(ProfileSummary::account);
        if (owner.isEmpty() || jdbc.sql("select count(*) from classifieds_ad where owner = ? and title = ?")
                .params(owner.get().value(), ad.title()).query(Long.class).single() > 0) {
            return;
        }
        AdPlace where = ad.city() == null ? null : places.named(ad.city(), ad.country())
                .map(place -> new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude()))
                .orElse(null);
        AdId id = desk.create(owner.get(), new AdDetails(ad.title(), ad.description(), ad.category(),
                Tags.parse(ad.instruments()), Tags.parse(ad.genres()), ad.level(), ad.commitment(), ad.paid(),
                ad.links()), where);
        if (!ad.draft()) {
            desk.publish(owner.get(), id);
        }
    }
}
