package com.mediapatch.messaging.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.MessageRefused;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.ConversationStore;
import com.mediapatch.messaging.internal.GroupChats;
import com.mediapatch.messaging.internal.MessageStore;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The conversation list, and starting a direct conversation or a group from it. */
@Controller
@PreAuthorize("isAuthenticated()")
class ConversationsController {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final Messenger messenger;
    private final GroupChats groups;
    private final Profiles profiles;

    ConversationsController(ConversationStore conversations, MessageStore messages, Messenger messenger,
            GroupChats groups, Profiles profiles) {
        this.conversations = conversations;
        this.messages = messages;
        this.messenger = messenger;
        this.groups = groups;
        this.profiles = profiles;
    }

    @GetMapping(MessagingRoutes.CONVERSATIONS)
    String list(@AuthenticationPrincipal Member me, @RequestParam(required = false) String after, Model model) {
        return page(me.id(), after, model, NewConversationForm.EMPTY, NewGroupForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping(MessagingRoutes.CONVERSATIONS)
    String start(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("direct") NewConversationForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            var other = profiles.byHandle(form.cleanHandle());
            if (other.isEmpty() || other.get().account().equals(me.id())) {
                result.rejectValue("handle", "unknown", "There is no other member with this handle.");
            } else {
                try {
                    return "redirect:" + MessagingRoutes.conversation(messenger.startDirect(me.id(), other.get().account()));
                } catch (MessageRefused refused) {
                    result.rejectValue("handle", "refused", refused.getMessage());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(me.id(), null, model, form, NewGroupForm.EMPTY, FormErrors.of(result));
    }

    @PostMapping(MessagingRoutes.GROUPS)
    String createGroup(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("group") NewGroupForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        List<AccountId> invitees = new ArrayList<>();
        for (String handle : form.handles()) {
            profiles.byHandle(handle).map(ProfileSummary::account).ifPresentOrElse(invitees::add,
                    () -> result.rejectValue("members", "unknown", "There is no member @" + handle + "."));
        }
        if (!result.hasErrors()) {
            try {
                return "redirect:" + MessagingRoutes.conversation(groups.create(me.id(), form.name(), invitees));
            } catch (MessageRefused refused) {
                result.rejectValue("members", "refused", refused.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(me.id(), null, model, NewConversationForm.EMPTY, form, FormErrors.of(result));
    }

    /**
     * A keyset page of the list in five statements however long: conversations, their members, unread counts, newest
     * messages, names.
     */
    private String page(AccountId me, String after, Model model, NewConversationForm direct, NewGroupForm group,
            FormErrors errors) {
        KeysetPage<Conversation> page = conversations.page(me, after, ConversationsPage.SIZE);
        List<Conversation> mine = page.items();
        Map<UUID, Long> unread = messages.unread(me, mine.stream().map(Conversation::id).toList());
        Map<UUID, Message> latest = messages.latest(mine.stream().map(Conversation::id).toList());
        Map<AccountId, ProfileSummary> faces = profiles.summaries(mine.stream().filter(c -> !c.isGroup())
                .flatMap(c -> c.others(me).stream().limit(1)).toList());
        List<ConversationsPage.Row> rows = mine.stream().map(c -> row(c, me, unread, latest, faces)).toList();
        model.addAttribute("page", new ConversationsPage(rows, page.next(), direct, group, errors));
        return "messaging/conversations";
    }

    private ConversationsPage.Row row(Conversation conversation, AccountId me, Map<UUID, Long> unread,
            Map<UUID, Message> latest, Map<AccountId, ProfileSummary> faces) {
        ProfileSummary face = conversation.isGroup() ? null : conversation.others(me).stream().findFirst()
                .map(other -> faces.getOrDefault(other, ConversationViews.formerMember(other))).orElse(null);
        String title = conversation.isGroup() ? conversation.name() : face != null ? face.displayName() : "Just you";
        String preview = Optional.ofNullable(latest.get(conversation.id())).map(ConversationsController::preview)
                .orElse("No messages yet");
        String initials = face != null ? face.initials() : title.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        int tone = face != null ? face.avatarTone() : Math.floorMod(conversation.id().hashCode(), 12);
        return new ConversationsPage.Row(conversation.id(), title, conversation.isGroup(),
                unread.getOrDefault(conversation.id(), 0L), preview, initials, tone);
    }

    private static String preview(Message message) {
        if (message.deleted()) {
            return "Message deleted";
        }
        if (message.hidden()) {
            return "Message hidden by moderators";
        }
        String text = message.text().replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
