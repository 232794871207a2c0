package com.mediapatch.messaging.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final ConversationRows rows;
    private final FriendPicker picker;

    ConversationsController(ConversationStore conversations, MessageStore messages, Messenger messenger,
            GroupChats groups, Profiles profiles, ConversationRows rows, FriendPicker picker) {
        this.rows = rows;
        this.picker = picker;
        this.conversations = conversations;
        this.messages = messages;
        this.messenger = messenger;
        this.groups = groups;
        this.profiles = profiles;
    }

    /**
     * The list; with {@code q} or {@code members} (the group form's Search button, without JavaScript) the group form
     * comes back filled in, with the friends found ticked or not.
     */
    @GetMapping(MessagingRoutes.CONVERSATIONS)
    String list(@AuthenticationPrincipal Member me, @RequestParam(required = false) String after,
            @RequestParam(required = false) String q, @ModelAttribute("group") NewGroupForm group, Model model) {
        boolean searching = q != null || group.members() != null;
        NewGroupForm form = searching ? group.orEmptyName() : NewGroupForm.EMPTY;
        FriendChoices choices = searching ? picker.choices(me.id(), q, form.handles()) : null;
        return page(me.id(), after, model, NewConversationForm.EMPTY, form, choices, FormErrors.NONE);
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
        return page(me.id(), null, model, form, NewGroupForm.EMPTY, null, FormErrors.of(result));
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
        return page(me.id(), null, model, NewConversationForm.EMPTY, form, picker.choices(me.id(), "", form.handles()),
                FormErrors.of(result));
    }

    /**
     * A keyset page of the list in four statements however long: conversations with their unread counts, their
     * members, newest messages, names (partners and authors).
     */
    private String page(AccountId me, String after, Model model, NewConversationForm direct, NewGroupForm group,
            FriendChoices choices, FormErrors errors) {
        ConversationStore.ConversationPage listed = conversations.page(me, after, ConversationsPage.SIZE);
        KeysetPage<Conversation> page = listed.conversations();
        List<Conversation> mine = page.items();
        Map<UUID, Message> latest = messages.latest(mine.stream().map(Conversation::id).toList());
        Set<AccountId> named = new HashSet<>();
        mine.stream().filter(c -> !c.isGroup()).forEach(c -> c.others(me).stream().limit(1).forEach(named::add));
        latest.values().forEach(message -> named.add(message.author()));
        Map<AccountId, ProfileSummary> names = profiles.summaries(named);
        List<ConversationsPage.Row> rows = mine.stream().map(c -> this.rows.row(c, me, listed.unreadIn(c.id()),
                latest.get(c.id()), names)).toList();
        model.addAttribute("page", new ConversationsPage(rows, page.next(), direct, group, choices, errors));
        return "messaging/conversations";
    }
}
