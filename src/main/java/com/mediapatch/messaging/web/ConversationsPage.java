package com.mediapatch.messaging.web;

import java.util.List;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.web.FormErrors;

/** The member's conversations with the forms to start a new one. */
public record ConversationsPage(List<Row> rows, NewConversationForm direct, NewGroupForm group, FormErrors errors) {

    /** One conversation in the list. */
    public record Row(UUID id, String title, boolean group, long unread, String preview, String initials, int tone) {

        public String path() {
            return MessagingRoutes.conversation(id);
        }
    }
}
