package com.mediapatch.live;

import java.util.Set;

import com.mediapatch.identity.AccountId;

/**
 * Something a member's open tabs should hear about now.
 *
 * @param kind what happened
 * @param actor who caused it; the tab that caused it does not get it back
 * @param recipients the members whose tabs receive it
 * @param data a small JSON object with ids and values, never rendered HTML
 * @param cursor the position of this event in its topic, for catch-up after a reconnect
 *        (see the catch-up contract of each topic); 0 for events that are live only
 */
public record LiveEvent(LiveKind kind, AccountId actor, Set<AccountId> recipients, String data, long cursor) {

    public LiveEvent {
        recipients = Set.copyOf(recipients);
        if (cursor < 0) {
            throw new IllegalArgumentException("A cursor is 0 or positive");
        }
    }
}
