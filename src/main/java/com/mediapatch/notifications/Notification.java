package com.mediapatch.notifications;

import java.time.Instant;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * One stored notification as its recipient sees it.
 *
 * @param id its id
 * @param kind the kind slug, e.g. "friend-request"
 * @param text one plain-text line
 * @param link a path on this site
 * @param actor who caused it, or null
 * @param createdAt when it was raised
 * @param readAt when the recipient read it, or null while unread
 */
public record Notification(UUID id, String kind, String text, String link, AccountId actor, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
