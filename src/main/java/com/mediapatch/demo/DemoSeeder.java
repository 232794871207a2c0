package com.mediapatch.demo;

import java.util.List;

import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.social.Connection;
import com.mediapatch.social.Relationships;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo community when enabled. Idempotent: members that exist are left alone,
 * so restarting with the flag on changes nothing.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final AccountProvisioning accounts;
    private final Profiles profiles;
    private final Relationships relationships;
    private final DemoConversations conversations;

    DemoSeeder(DemoProperties properties, AccountProvisioning accounts, Profiles profiles,
            Relationships relationships, DemoConversations conversations) {
        this.properties = properties;
        this.accounts = accounts;
        this.profiles = profiles;
        this.relationships = relationships;
        this.conversations = conversations;
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
        DemoCommunity.FRIENDSHIPS.forEach(pair -> connect(pair.get(0), pair.get(1), true));
        connect(DemoCommunity.PENDING_REQUEST.get(0), DemoCommunity.PENDING_REQUEST.get(1), false);
        log.info("Demo community: {} members created, {} already there. Sign in as {} with password '{}'.",
                created, DemoCommunity.MEMBERS_LIST.size() - created, DemoCommunity.signInMember().email(),
                properties.password());
        conversations.seed();
    }

    /** Asks, and accepts when {@code befriend}; members already connected in any way are left as they are. */
    private void connect(String fromHandle, String toHandle, boolean befriend) {
        var from = profiles.byHandle(fromHandle).map(ProfileSummary::account);
        var to = profiles.byHandle(toHandle).map(ProfileSummary::account);
        if (from.isEmpty() || to.isEmpty()
                || relationships.between(from.get(), to.get()).state() != Connection.State.NONE) {
            return;
        }
        Connection sent = relationships.request(from.get(), to.get());
        if (befriend) {
            relationships.accept(to.get(), sent.request());
        }
    }

    static ProfileDetails details(DemoMember m) {
        String link = m.link();
        return new ProfileDetails(m.handle(), m.name(), m.bio(), m.disciplines(), split(m.skills()), split(m.genres()),
                m.city(), m.country(), m.latitude(), m.longitude(),
                link.contains("example.org") ? link : null, link.contains("youtube") ? link : null,
                link.contains("spotify") ? link : null, link.contains("soundcloud") ? link : null,
                link.contains("bandcamp") ? link : null, link.contains("instagram") ? link : null,
                m.visibility(), Theme.SYSTEM);
    }

    private static List<String> split(String tags) {
        return List.of(tags.split(",\\s*"));
    }
}
