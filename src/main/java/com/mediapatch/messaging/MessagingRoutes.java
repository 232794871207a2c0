package com.mediapatch.messaging;

import java.util.Collection;
import java.util.UUID;

/** Paths of the messaging screens, imported by templates so a typo fails the build. */
public final class MessagingRoutes {

    public static final String CONVERSATIONS = "/messages";
    public static final String GROUPS = "/messages/groups";
    public static final String UNREAD_BADGE = "/messages/unread";
    /** The member's friends as checkboxes for a new group, found by name or handle. */
    public static final String FRIEND_CHOICES = "/messages/friends";
    /** The member's friends as suggestions for the new message's handle field. */
    public static final String FRIEND_OPTIONS = "/messages/friends/options";
    /**
     * GET ?handle=a&amp;handle=b: a "Message" button for each of those members the viewer may write to, as htmx
     * out-of-band swaps into the elements with {@link #messageButtonId(String)}; nothing for the others.
     */
    public static final String MESSAGE_BUTTONS = "/messages/buttons";
    public static final String SETTINGS = "/settings/messages";
    public static final String CONVERSATION = "/messages/{conversationId}";
    public static final String MESSAGE = "/messages/{conversationId}/messages/{messageId}";
    public static final String EDIT = MESSAGE + "/edit";
    public static final String DELETE = MESSAGE + "/delete";
    public static final String READ = CONVERSATION + "/read";
    public static final String TYPING = CONVERSATION + "/typing";
    public static final String MEMBERS = CONVERSATION + "/members";
    public static final String MEMBER_REMOVE = MEMBERS + "/{handle}/remove";
    public static final String MEMBER_ROLE = MEMBERS + "/{handle}/role";
    public static final String RENAME = CONVERSATION + "/rename";
    public static final String LEAVE = CONVERSATION + "/leave";

    private MessagingRoutes() {
    }

    /** The query that asks for the "Message" buttons of these members. */
    public static String messageButtons(Collection<String> handles) {
        return MESSAGE_BUTTONS + "?" + String.join("&", handles.stream().map(handle -> "handle=" + handle).toList());
    }

    /** DOM id of the place a member's "Message" button goes. */
    public static String messageButtonId(String handle) {
        return "message-button-" + handle;
    }

    public static String conversation(UUID conversationId) {
        return CONVERSATIONS + "/" + conversationId;
    }

    public static String message(UUID conversationId, UUID messageId) {
        return conversation(conversationId) + "/messages/" + messageId;
    }

    public static String conversationAction(UUID conversationId, String action) {
        return conversation(conversationId) + "/" + action;
    }

    public static String member(UUID conversationId, String handle, String action) {
        return conversation(conversationId) + "/members/" + handle + "/" + action;
    }

}
