package com.mediapatch.messaging.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.MessageInvalid;
import com.mediapatch.messaging.MessageRefused;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.Participant;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.messaging.internal.MessagingProperties;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.HtmxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A conversation: history with "load older", search, the composer, and a member's own edits and
 * deletions. Every handler first checks membership; for anyone else the conversation does not exist.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ConversationController {

    private final Messenger messenger;
    private final ConversationViews views;
    private final MessagingProperties properties;

    ConversationController(Messenger messenger, ConversationViews views, MessagingProperties properties) {
        this.messenger = messenger;
        this.views = views;
        this.properties = properties;
    }

    @GetMapping(MessagingRoutes.CONVERSATION)
    String show(@PathVariable UUID conversationId, @RequestParam(required = false) Long before,
            @RequestParam(name = "q", defaultValue = "") String query, @AuthenticationPrincipal Member me,
            HttpServletRequest request, Model model) {
        if (before != null) {
            Conversation conversation = messenger.conversation(conversationId, me.id());
            model.addAttribute("page", page(conversation, me.id(), before, "", FormErrors.NONE, ""));
            return "messaging/older";
        }
        Conversation conversation = messenger.conversation(conversationId, me.id());
        if (query.isBlank()) {
            messenger.markRead(conversationId, me.id());
        }
        model.addAttribute("page", page(conversation, me.id(), null, "", FormErrors.NONE, query));
        return "messaging/conversation";
    }

    @PostMapping(MessagingRoutes.CONVERSATION)
    String send(@PathVariable UUID conversationId, @ModelAttribute MessageForm form, @AuthenticationPrincipal Member me,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Conversation conversation = messenger.conversation(conversationId, me.id());
        try {
            Message sent = messenger.send(conversationId, me.id(), form.text());
            if (HtmxRequest.isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted"))) {
                model.addAttribute("message", views.messages(conversation, List.of(sent), me.id()).get(0));
                return "messaging/message";
            }
            return "redirect:" + MessagingRoutes.conversation(conversationId);
        } catch (MessageRefused problem) {
            response.setStatus(problem.type().status().value());
            FormErrors errors = FormErrors.forField("text", problem.getMessage());
            ConversationPage page = page(conversation, me.id(), null, form.text(), errors, "");
            model.addAttribute("page", page);
            if (HtmxRequest.isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted"))) {
                // htmx swaps only 4xx answers meant for forms (422), so the composer shows why, whatever the refusal was.
                response.setStatus(422);
                response.setHeader("HX-Retarget", "#composer");
                response.setHeader("HX-Reswap", "outerHTML");
                return "messaging/composer";
            }
            return "messaging/conversation";
        }
    }

    /** One rendered message: what the live stream's client fetches and what edits swap in. */
    @GetMapping(MessagingRoutes.MESSAGE)
    String message(@PathVariable UUID conversationId, @PathVariable UUID messageId, @AuthenticationPrincipal Member me,
            Model model) {
        Conversation conversation = messenger.conversation(conversationId, me.id());
        Message message = messenger.message(conversationId, messageId, me.id());
        model.addAttribute("message", views.messages(conversation, List.of(message), me.id()).get(0));
        return "messaging/message";
    }

    @PostMapping(MessagingRoutes.EDIT)
    String edit(@PathVariable UUID conversationId, @PathVariable UUID messageId, @ModelAttribute MessageForm form,
            @AuthenticationPrincipal Member me, HttpServletRequest request, HttpServletResponse response, Model model) {
        Conversation conversation = messenger.conversation(conversationId, me.id());
        try {
            Message edited = messenger.edit(conversationId, messageId, me.id(), form.text());
            return rendered(conversation, edited, me.id(), request, model);
        } catch (MessageInvalid problem) {
            response.setStatus(problem.type().status().value());
            Message original = messenger.message(conversationId, messageId, me.id());
            model.addAttribute("message", views.messages(conversation, List.of(original), me.id()).get(0));
            model.addAttribute("editError", problem.getMessage());
            model.addAttribute("editDraft", form.text());
            return "messaging/message";
        }
    }

    @PostMapping(MessagingRoutes.DELETE)
    String delete(@PathVariable UUID conversationId, @PathVariable UUID messageId, @AuthenticationPrincipal Member me,
            HttpServletRequest request, Model model) {
        Conversation conversation = messenger.conversation(conversationId, me.id());
        messenger.delete(conversationId, messageId, me.id());
        return rendered(conversation, messenger.message(conversationId, messageId, me.id()), me.id(), request, model);
    }

    @PostMapping(MessagingRoutes.READ)
    ResponseEntity<Void> read(@PathVariable UUID conversationId, @AuthenticationPrincipal Member me) {
        messenger.markRead(conversationId, me.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(MessagingRoutes.TYPING)
    ResponseEntity<Void> typing(@PathVariable UUID conversationId, @AuthenticationPrincipal Member me) {
        messenger.typing(conversationId, me.id());
        return ResponseEntity.noContent().build();
    }

    private String rendered(Conversation conversation, Message message, AccountId me, HttpServletRequest request,
            Model model) {
        if (HtmxRequest.isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted"))) {
            model.addAttribute("message", views.messages(conversation, List.of(message), me).get(0));
            return "messaging/message";
        }
        return "redirect:" + MessagingRoutes.conversation(conversation.id());
    }

    private ConversationPage page(Conversation conversation, AccountId me, Long before, String draft, FormErrors errors,
            String query) {
        int size = properties.pageSize();
        List<Message> history = messenger.history(conversation.id(), me, before, size + 1);
        Long olderBefore = null;
        if (history.size() > size) {
            history = history.subList(1, history.size());
            olderBefore = history.get(0).seq();
        }
        String q = query.length() > 100 ? query.substring(0, 100) : query;
        List<MessageView> results = q.isBlank() ? List.of()
                : views.messages(conversation, messenger.search(conversation.id(), me, q, 0, 50), me);
        List<ConversationPage.MemberRow> members = conversation.participants().stream()
                .map(p -> new ConversationPage.MemberRow(views.profile(p.account()), p.role(), p.account().equals(me)))
                .toList();
        var other = conversation.isGroup() ? null
                : conversation.others(me).stream().findFirst().map(views::profile).orElse(null);
        return new ConversationPage(conversation.id(), views.title(conversation, me), conversation.isGroup(),
                views.messages(conversation, history, me), olderBefore, draft == null ? "" : draft, errors, q, results,
                members, other, conversation.participant(me).map(Participant::role).orElse(null),
                properties.maxLength(), views.readMarks(conversation, me));
    }
}
