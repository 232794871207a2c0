package com.mediapatch.messaging.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.Embed;
import com.mediapatch.profiles.ProfileSummary;

/**
 * One message as the page shows it.
 *
 * @param html the sanitized text; empty when deleted or hidden
 * @param seenBy how many others have read it (only counted when receipts are shown)
 */
public record MessageView(UUID id, long seq, UUID conversationId, ProfileSummary author, String html, String text,
        List<Embed> embeds, Instant sentAt, boolean edited, boolean deleted, boolean hidden, boolean mine, int seenBy,
        boolean receipts) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String domId() {
        return "message-" + id;
    }

    public String path() {
        return MessagingRoutes.message(conversationId, id);
    }

    public String sentAtText() {
        return TIME.format(sentAt) + " UTC";
    }

    public boolean changeable() {
        return mine && !deleted && !hidden;
    }
}
