package com.mediapatch.messaging.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.MessagingProblem;
import com.mediapatch.messaging.api.MessagingApiModels.AddMember;
import com.mediapatch.messaging.api.MessagingApiModels.ChangeRole;
import com.mediapatch.messaging.api.MessagingApiModels.ConversationJson;
import com.mediapatch.messaging.api.MessagingApiModels.CreateGroup;
import com.mediapatch.messaging.api.MessagingApiModels.MemberJson;
import com.mediapatch.messaging.api.MessagingApiModels.MessageJson;
import com.mediapatch.messaging.api.MessagingApiModels.MessagePage;
import com.mediapatch.messaging.api.MessagingApiModels.MessageText;
import com.mediapatch.messaging.api.MessagingApiModels.Preferences;
import com.mediapatch.messaging.api.MessagingApiModels.Rename;
import com.mediapatch.messaging.api.MessagingApiModels.StartDirect;
import com.mediapatch.messaging.internal.ConversationStore;
import com.mediapatch.messaging.internal.GroupChats;
import com.mediapatch.messaging.internal.MessageStore;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Direct messages and group chats over the API, under the same rules as the pages. Reading
 * needs scope messages:read, writing messages:write. Conversations the token's member is not
 * in answer 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Messages", description = "Direct messages and group chats")
@SecurityRequirement(name = "bearer")
class MessagingApiController {

    private final Messenger messenger;
    private final GroupChats groups;
    private final ConversationStore conversations;
    private final Profiles profiles;

    MessagingApiController(Messenger messenger, GroupChats groups, ConversationStore conversations, Profiles profiles) {
        this.messenger = messenger;
        this.groups = groups;
        this.conversations = conversations;
        this.profiles = profiles;
    }

    @GetMapping("/conversations")
    @Operation(summary = "Your conversations, most recently active first, with unread counts",
            description = "Keyset paged: when there are more, the Link header names the next page (rel=\"next\"); "
                    + "pass its 'after' to continue. Unread counts stop at " + MessageStore.UNREAD_CAP + ".")
    ResponseEntity<List<ConversationJson>> conversations(@ApiCaller(MessagingApiScopes.READ) AccountId me,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit) {
        int size = Math.min(Math.max(limit, 1), 200);
        ConversationStore.ConversationPage listed = conversations.page(me, after, size);
        KeysetPage<Conversation> page = listed.conversations();
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            response.header(HttpHeaders.LINK, "</api/v1/conversations?after=" + page.next() + "&limit=" + size
                    + ">; rel=\"next\"");
        }
        return response.body(page.items().stream().map(c -> json(c, listed.unreadIn(c.id()))).toList());
    }

    @PostMapping("/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start (or get) the direct conversation with a member",
            description = "403 cannot-message when the member does not accept messages from you.")
    ConversationJson startDirect(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @Valid @RequestBody StartDirect body) {
        AccountId other = account(body.handle());
        return json(messenger.conversation(messenger.startDirect(me, other), me), 0);
    }

    @PostMapping("/conversations/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a group chat with friends of yours")
    ConversationJson createGroup(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @Valid @RequestBody CreateGroup body) {
        List<AccountId> invitees = body.handles().stream().map(this::account).toList();
        return json(messenger.conversation(groups.create(me, body.name(), invitees), me), 0);
    }

    @GetMapping("/conversations/{conversationId}")
    @Operation(summary = "One conversation with its members")
    ConversationJson conversation(@ApiCaller(MessagingApiScopes.READ) AccountId me, @PathVariable UUID conversationId) {
        return json(messenger.conversation(conversationId, me), messenger.unread(me, List.of(conversationId)).getOrDefault(conversationId, 0L));
    }

    @GetMapping("/conversations/{conversationId}/messages")
    @Operation(summary = "Messages, newest page first; older pages by keyset",
            description = "Pass the previous page's nextBefore as before. Messages are oldest first within a page.")
    MessagePage messages(@ApiCaller(MessagingApiScopes.READ) AccountId me, @PathVariable UUID conversationId,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "30") int limit) {
        int size = Math.min(Math.max(limit, 1), 100);
        List<Message> page = messenger.history(conversationId, me, before, size + 1);
        Long next = null;
        if (page.size() > size) {
            page = page.subList(1, page.size());
            next = page.get(0).seq();
        }
        return new MessagePage(page.stream().map(MessagingApiController::json).toList(), next);
    }

    @GetMapping("/conversations/{conversationId}/search")
    @Operation(summary = "Messages of this conversation containing a text, newest first",
            description = "Bodies are encrypted at rest, so the server decrypts this one conversation in memory to search it.")
    List<MessageJson> search(@ApiCaller(MessagingApiScopes.READ) AccountId me, @PathVariable UUID conversationId, @RequestParam String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return messenger.search(conversationId, me, q.length() > 100 ? q.substring(0, 100) : q, page,
                Math.min(Math.max(size, 1), 100)).stream().map(MessagingApiController::json).toList();
    }

    @PostMapping("/conversations/{conversationId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message", description = "422 message-invalid when empty or over the length limit.")
    MessageJson send(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @Valid @RequestBody MessageText body) {
        return json(messenger.send(conversationId, me, body.text()));
    }

    @PutMapping("/conversations/{conversationId}/messages/{messageId}")
    @Operation(summary = "Edit your own message; the earlier text is kept for moderators")
    MessageJson edit(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @PathVariable UUID messageId,
            @Valid @RequestBody MessageText body) {
        return json(messenger.edit(conversationId, messageId, me, body.text()));
    }

    @DeleteMapping("/conversations/{conversationId}/messages/{messageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete your own message; it then shows as deleted")
    void delete(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @PathVariable UUID messageId) {
        messenger.delete(conversationId, messageId, me);
    }

    @PostMapping("/conversations/{conversationId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark the conversation read")
    void read(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId) {
        messenger.markRead(conversationId, me);
    }

    @PostMapping("/conversations/{conversationId}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a friend of yours to a group")
    void addMember(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @Valid @RequestBody AddMember body) {
        groups.invite(conversationId, me, account(body.handle()));
    }

    @DeleteMapping("/conversations/{conversationId}/members/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owner and admins)")
    void removeMember(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @PathVariable String handle) {
        groups.remove(conversationId, me, account(handle));
    }

    @PutMapping("/conversations/{conversationId}/members/{handle}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make a member admin or member again (owner only)")
    void changeRole(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @PathVariable String handle,
            @Valid @RequestBody ChangeRole body) {
        groups.setRole(conversationId, me, account(handle), body.role());
    }

    @PutMapping("/conversations/{conversationId}/name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a group (owner and admins)")
    void rename(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId, @Valid @RequestBody Rename body) {
        groups.rename(conversationId, me, body.name());
    }

    @PostMapping("/conversations/{conversationId}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave a group; an owner hands it to the longest-standing admin or member")
    void leave(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @PathVariable UUID conversationId) {
        groups.leave(conversationId, me);
    }

    @GetMapping("/messaging/preferences")
    @Operation(summary = "Who may message you, and whether read receipts are on")
    Preferences preferences(@ApiCaller(MessagingApiScopes.READ) AccountId me) {
        MessagingPreferences p = messenger.preferences(me);
        return new Preferences(p.whoMayMessage(), p.readReceipts());
    }

    @PutMapping("/messaging/preferences")
    @Operation(summary = "Change who may message you and read receipts")
    Preferences savePreferences(@ApiCaller(MessagingApiScopes.WRITE) AccountId me, @Valid @RequestBody Preferences body) {
        messenger.savePreferences(me, new MessagingPreferences(body.whoMayMessage(), body.readReceipts()));
        return body;
    }

    private AccountId account(String handle) {
        String clean = handle.startsWith("@") ? handle.substring(1) : handle;
        return profiles.byHandle(clean).map(ProfileSummary::account)
                .orElseThrow(MessagingProblem::cannotMessage);
    }

    private ConversationJson json(Conversation c, long unread) {
        return new ConversationJson(c.id(), c.kind(), c.name(), c.participants().stream().map(p -> {
            var profile = profiles.of(p.account());
            return new MemberJson(p.account().toString(), profile.map(ProfileSummary::handle).orElse(null),
                    profile.map(ProfileSummary::displayName).orElse(null), p.role());
        }).toList(), unread, c.lastActivityAt());
    }

    private static MessageJson json(Message m) {
        return new MessageJson(m.id(), m.seq(), m.author().toString(), m.visible() ? m.text() : null, m.sentAt(),
                m.editedAt(), m.deleted(), m.hidden());
    }
}
