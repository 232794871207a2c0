package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.util.Collection;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRaised;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells members about events through the notifications module; the text is one plain line. */
@Component
class Notices {

    static final String LINEUP = "event-lineup";
    static final String REMINDER = "event-reminder";
    static final String UPDATE = "event-update";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notices(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void tell(Collection<AccountId> recipients, String kind, String text, String link, AccountId actor) {
        for (AccountId recipient : recipients) {
            if (!recipient.equals(actor)) {
                events.publishEvent(new NotificationRaised(recipient, kind, text, link, actor, clock.instant()));
            }
        }
    }
}
