package com.mediapatch.demo;

import java.util.Comparator;
import java.util.List;

import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo community when enabled: the members with their profiles, then every module's
 * {@link DemoData} in order. Idempotent: members that exist are left alone, and each
 * contribution adds only what is missing, so restarting with the flag on changes nothing.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final AccountProvisioning accounts;
    private final Profiles profiles;
    private final List<DemoData> contributions;

    DemoSeeder(DemoProperties properties, AccountProvisioning accounts, Profiles profiles, List<DemoData> contributions) {
        this.properties = properties;
        this.accounts = accounts;
        this.profiles = profiles;
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.enabled()) {
            return;
        }
        int created = 0;
        for (DemoMember member : DemoCommunity.MEMBERS_LIST) {
            var account = accounts.provisionVerified(member.email(), properties.password(), member.name());
            if (account.isPresent()) {
                profiles.update(account.get(), details(member));
                created++;
            }
        }
        contributions.forEach(DemoData::seed);
        log.info("Demo community: {} members created, {} already there. Sign in as {} with password '{}'.",
                created, DemoCommunity.MEMBERS_LIST.size() - created, DemoCommunity.signInMember().email(),
                properties.password());
    }

    static ProfileDetails details(DemoMember m) {
        String link = m.link();
        return new ProfileDetails(m.handle(), m.name(), m.bio(), m.disciplines(), split(m.skills()), split(m.genres()),
                m.city(), m.country(), m.latitude(), m.longitude(), null,
                link.contains("example.org") ? link : null, link.contains("youtube") ? link : null,
                link.contains("spotify") ? link : null, link.contains("soundcloud") ? link : null,
                link.contains("bandcamp") ? link : null, link.contains("instagram") ? link : null,
                null, List.of(), m.visibility(), Theme.SYSTEM);
    }

    private static List<String> split(String tags) {
        return List.of(tags.split(",\\s*"));
    }
}
