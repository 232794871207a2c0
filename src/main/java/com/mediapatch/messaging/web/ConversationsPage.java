package com.mediapatch.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.web.FormErrors;

/** The member's conversations with the forms to start a new one. */
public record ConversationsPage(List<Row> rows, NewConversationForm direct, NewGroupForm group, FormErrors errors) {

    /**
     * One conversation in the list.
     *
     * @param sender who wrote the newest message ("You", a group member's first name), or null
     * @param preview the newest message as plain text
     * @param at when the newest message came, or null
     * @param ago how long ago, shortly ("5 min", "Tue"), or null
     */
    public record Row(UUID id, String title, boolean group, long unread, String sender, String preview, Instant at,
            String ago, String initials, int tone) {

        public String path() {
            return MessagingRoutes.conversation(id);
        }
    }
}
