package com.mediapatch.social.internal;

import java.util.List;
import java.util.Optional;

import com.mediapatch.demo.DemoData;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.Connection;
import com.mediapatch.social.Relationships;

import org.springframework.stereotype.Component;

/**
 * The demo community's friendships and one request still waiting, through {@link Relationships}.
 * Members already connected in any way are left as they are, so running twice adds nothing.
 */
@Component
class SocialDemoData implements DemoData {

    /** Friendships by handle; the first member and the sign-in member (the-paper-lanterns) have several. */
    private static final List<List<String>> FRIENDSHIPS = List.of(
            List.of("peckham-thursday-jam", "the-paper-lanterns"),
            List.of("peckham-thursday-jam", "kazimierz-mix-room"),
            List.of("peckham-thursday-jam", "accra-sample-lab"),
            List.of("the-paper-lanterns", "dublin-session-bass"),
            List.of("the-paper-lanterns", "kazimierz-mix-room"),
            List.of("kazimierz-mix-room", "dublin-session-bass"),
            List.of("tram-mechanics-films", "tuesday-co-write-club"),
            List.of("tram-mechanics-films", "frame-works-bengaluru"),
            List.of("two-colour-riso-studio", "atelier-storyboard-lyon"));

    /** One request still waiting for the first member to answer: requester, then recipient. */
    private static final List<String> PENDING_REQUEST = List.of("stockholm-string-arrangements", "peckham-thursday-jam");

    private final Profiles profiles;
    private final Relationships relationships;

    SocialDemoData(Profiles profiles, Relationships relationships) {
        this.profiles = profiles;
        this.relationships = relationships;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed() {
        FRIENDSHIPS.forEach(pair -> connect(pair.get(0), pair.get(1), true));
        connect(PENDING_REQUEST.get(0), PENDING_REQUEST.get(1), false);
    }

    private void connect(String fromHandle, String toHandle, boolean befriend) {
        Optional<AccountId> from = profiles.byHandle(fromHandle).map(ProfileSummary::account);
        Optional<AccountId> to = profiles.byHandle(toHandle).map(ProfileSummary::account);
        if (from.isEmpty() || to.isEmpty() || relationships.between(from.get(), to.get()).state() != Connection.State.NONE) {
            return;
        }
        Connection sent = relationships.request(from.get(), to.get());
        if (befriend) {
            relationships.accept(to.get(), sent.request());
        }
    }
}
