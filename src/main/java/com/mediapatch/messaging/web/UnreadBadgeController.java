package com.mediapatch.messaging.web;

import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.MessageStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The unread badge in the page header; live message events make the page ask for it again. */
@Controller
@PreAuthorize("isAuthenticated()")
class UnreadBadgeController {

    private final MessageStore messages;

    UnreadBadgeController(MessageStore messages) {
        this.messages = messages;
    }

    @GetMapping(MessagingRoutes.UNREAD_BADGE)
    String badge(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("unread", messages.unreadInAll(me.id()));
        return "messaging/badge";
    }
}
