package com.mediapatch.messaging.web;

import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessagingRoutes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The fragments that let a member pick friends while typing: suggestions for a handle, checkboxes for a group. */
@Controller
@PreAuthorize("isAuthenticated()")
class FriendPickerController {

    private static final int LONGEST_QUERY = 80;

    private final FriendPicker picker;

    FriendPickerController(FriendPicker picker) {
        this.picker = picker;
    }

    @GetMapping(MessagingRoutes.FRIEND_OPTIONS)
    String options(@AuthenticationPrincipal Member me, @ModelAttribute NewConversationForm typed, Model model) {
        model.addAttribute("friends", picker.matching(me.id(), clip(typed.cleanHandle())));
        return "messaging/friendOptions";
    }

    @GetMapping(MessagingRoutes.FRIEND_CHOICES)
    String choices(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String members, Model model) {
        model.addAttribute("choices", picker.choices(me.id(), clip(q), NewGroupForm.handlesIn(members)));
        return "messaging/friendChoices";
    }

    private static String clip(String text) {
        return text.length() > LONGEST_QUERY ? text.substring(0, LONGEST_QUERY) : text;
    }
}
