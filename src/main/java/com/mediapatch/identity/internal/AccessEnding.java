package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.AccessEnded;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.EndAccessReason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one "end access" operation: ends what the reason's rule says, then tells other modules. */
@Component
public class AccessEnding {

    private final MemberSessions sessions;
    private final ApiTokens apiTokens;
    private final PersonalTokens personalTokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessEnding(MemberSessions sessions, ApiTokens apiTokens, PersonalTokens personalTokens,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.personalTokens = personalTokens;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many web sessions ended. */
    @Transactional
    public int end(AccountId account, EndAccessReason reason) {
        int ended = reason.endsWebSessions() ? sessions.endEverywhere(account) : 0;
        if (reason.endsRefreshTokens()) {
            apiTokens.revokeAll(account);
        }
        if (reason.endsPersonalTokens()) {
            personalTokens.revokeAll(account);
        }
        events.publishEvent(new AccessEnded(account, reason, clock.instant()));
        return ended;
    }
}
