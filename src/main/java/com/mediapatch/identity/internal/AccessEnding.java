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

    /** Ends access for a reason that keeps no session (an action on the member, not by them); returns how many web sessions ended. */
    @Transactional
    public int end(AccountId account, EndAccessReason reason) {
        if (reason.keepsCurrentSession()) {
            throw new IllegalArgumentException(reason + " keeps the session the member acted from: name it");
        }
        return end(account, reason, null);
    }

    /**
     * Ends access for a change the member made from the web session {@code currentSession}, which stays when the
     * reason's rule keeps it; returns how many web sessions ended.
     */
    @Transactional
    public int end(AccountId account, EndAccessReason reason, String currentSession) {
        int ended = reason.keepsCurrentSession() ? sessions.endAllExcept(account, currentSession)
                : sessions.endEverywhere(account);
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
