package com.mediapatch.messaging.web;

import java.util.List;
import java.util.UUID;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.Role;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.web.FormErrors;

/**
 * One conversation: its newest messages (older ones load on demand), the composer, search and,
 * for groups, the members panel.
 *
 * @param olderBefore the sequence number to load older messages before, or null when there are none
 * @param draft what the composer holds (kept after an error)
 * @param query the search text, or empty
 * @param results search hits, newest first (empty without a query)
 * @param other the other member of a direct conversation, or null for groups
 * @param myRole the viewer's role (groups)
 * @param readMarks for the viewer's read receipts: account:seq of each other member who shares
 *        receipts, space separated, so live read events update the Seen line without fetching messages;
 *        empty when the viewer does not show receipts
 */
public record ConversationPage(UUID id, String title, boolean group, List<MessageView> messages, Long olderBefore,
        String draft, FormErrors errors, String query, List<MessageView> results, List<MemberRow> members,
        ProfileSummary other, Role myRole, int maxLength, String readMarks) {

    /** A member of a group, as the members panel lists them. */
    public record MemberRow(ProfileSummary profile, Role role, boolean me) {
    }

    public String path() {
        return MessagingRoutes.conversation(id);
    }

    public String action(String action) {
        return MessagingRoutes.conversationAction(id, action);
    }

    /** Where the page script fetches one rendered message: this prefix plus the message id. */
    public String messagePrefix() {
        return path() + "/messages/";
    }

    public String olderPath() {
        return path() + "?before=" + olderBefore;
    }

    public boolean manages() {
        return myRole != null && myRole.manages();
    }
}
