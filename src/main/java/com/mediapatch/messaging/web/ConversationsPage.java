package com.mediapatch.messaging.web;

import java.util.List;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.MessageStore;
import com.mediapatch.shared.web.FormErrors;

/** The member's conversations with the forms to start a new one. */
public record ConversationsPage(List<Row> rows, NewConversationForm direct, NewGroupForm group, FormErrors errors) {

    /** One conversation in the list. */
    public record Row(UUID id, String title, boolean group, long unread, String preview, String initials, int tone) {

        public String path() {
            return MessagingRoutes.conversation(id);
        }

        /** The count as the badge shows it: counting stops at {@link MessageStore#UNREAD_CAP}. */
        public String unreadLabel() {
            return ConversationsPage.unreadLabel(unread);
        }
    }

    /** An unread count as badges show it: "99+" once counting reached {@link MessageStore#UNREAD_CAP}. */
    public static String unreadLabel(long unread) {
        return unread >= MessageStore.UNREAD_CAP ? (MessageStore.UNREAD_CAP - 1) + "+" : String.valueOf(unread);
    }
}
