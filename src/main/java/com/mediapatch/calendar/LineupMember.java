package com.mediapatch.calendar;

import com.mediapatch.identity.AccountId;

/**
 * A member named in an event's lineup.
 *
 * @param member who
 * @param confirmed whether they said yes; only confirmed members are shown to others
 */
public record LineupMember(AccountId member, boolean confirmed) {
}
