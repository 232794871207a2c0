package com.mediapatch.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.MessageStore;
import com.mediapatch.shared.web.FormErrors;

/**
 * A page of the member's conversations, most recently active first, with the forms to start a new one.
 *
 * @param rows the conversations shown
 * @param next the cursor of the following (older) page, or null on the last
 * @param direct the new direct conversation form
 * @param group the new group form
 * @param choices friends to tick for the group, shown with the form; null to load them as the page opens
 * @param errors what was wrong with a form sent
 */
public record ConversationsPage(List<Row> rows, String next, NewConversationForm direct, NewGroupForm group,
        FriendChoices choices, FormErrors errors) {

    /** Conversations per page. */
    public static final int SIZE = 50;

    /** The following page, or null on the last. */
    public String olderPath() {
        return next == null ? null : MessagingRoutes.CONVERSATIONS + "?after=" + next;
    }

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
