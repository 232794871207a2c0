package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.demo.DemoData;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Messaging;
import com.mediapatch.messaging.MessagingProblem;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds a few direct conversations and one group chat between demo members, through the
 * messaging API and its rules, after the members exist. Runs once: when the first demo member
 * already has conversations, nothing is added. The group needs the demo friendships the social
 * module seeds first; without them it is skipped and the log says why.
 */
@Component
class MessagingDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(MessagingDemoData.class);

    private final Profiles profiles;
    private final Messaging messaging;

    MessagingDemoData(Profiles profiles, Messaging messaging) {
        this.profiles = profiles;
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        Optional<AccountId> jam = member("peckham-thursday-jam");
        Optional<AccountId> lanterns = member("the-paper-lanterns");
        Optional<AccountId> films = member("tram-mechanics-films");
        Optional<AccountId> mix = member("kazimierz-mix-room");
        if (jam.isEmpty() || lanterns.isEmpty() || films.isEmpty() || mix.isEmpty()
                || !messaging.conversationsOf(lanterns.get()).isEmpty()) {
            return;
        }
        try {
            UUID gig = messaging.startDirect(jam.get(), lanterns.get());
            messaging.send(gig, jam.get(), "Hi! Loved your set at the Windmill. Fancy a joint **Thursday jam** next month?");
            messaging.send(gig, lanterns.get(), "Yes please! We could bring the synth. Here's our latest: https://youtu.be/dQw4w9WgXcQ");
            messaging.send(gig, jam.get(), "Perfect. I'll book the room for the _14th_.");
            UUID video = messaging.startDirect(films.get(), lanterns.get());
            messaging.send(video, films.get(), "We're shooting a short in Kraków and need a score. Would you be up for it?");
            messaging.send(video, lanterns.get(), "Sounds great, send the rough cut when you have it.");
            UUID master = messaging.startDirect(mix.get(), lanterns.get());
            messaging.send(master, mix.get(), "Masters are ready: `first-light_v3.wav`. Let me know about the low end.");
        } catch (MessagingProblem refused) {
            log.info("Demo conversations skipped: {}", refused.getMessage());
            return;
        }
        try {
            UUID group = messaging.createGroup(lanterns.get(), "Lanterns EP crew", List.of(jam.get(), mix.get()));
            messaging.send(group, lanterns.get(), "Welcome to the EP crew! Tracking starts Monday at 10.");
            messaging.send(group, mix.get(), "I'll bring the ribbon mics.");
        } catch (MessagingProblem refused) {
            log.info("Demo group chat skipped (it needs the demo friendships): {}", refused.getMessage());
        }
    }

    private Optional<AccountId> member(String handle) {
        return profiles.byHandle(handle).map(ProfileSummary::account);
    }
}
