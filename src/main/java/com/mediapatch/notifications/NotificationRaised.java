package com.mediapatch.notifications;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/**
 * Any module's request to tell a member something. The notifications module stores it for
 * the notification centre and, by the member's preference for {@code kind}, mails it in the
 * next digest or drops it.
 *
 * @param recipient who is told
 * @param kind what sort of news, e.g. "friend-request", "message", "mention", "moderation-outcome"
 * @param text one plain-text line, e.g. "The Night Owls sent you a friend request"
 * @param link where the notification leads, a path on this site
 * @param actor who caused it, or null
 * @param at when
 */
public record NotificationRaised(AccountId recipient, String kind, String text, String link, AccountId actor, Instant at) {
}
