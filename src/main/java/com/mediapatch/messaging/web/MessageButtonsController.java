package com.mediapatch.messaging.web;

import java.util.List;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Message" buttons for the members a page shows (a profile, a list of friends), only for those
 * the viewer may write to (their rule on who may message them, and no block either way). Pages of
 * other modules ask for them with one htmx request; profiles and social need not know messaging. The
 * answer costs the same few queries for one member or fifty.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MessageButtonsController {

    static final int MAX_HANDLES = 50;

    private final Profiles profiles;
    private final Messenger messenger;

    MessageButtonsController(Profiles profiles, Messenger messenger) {
        this.profiles = profiles;
        this.messenger = messenger;
    }

    @GetMapping(MessagingRoutes.MESSAGE_BUTTONS)
    String buttons(@AuthenticationPrincipal Member me, @RequestParam(name = "handle", defaultValue = "") List<String> handles,
            Model model) {
        List<String> asked = handles.stream().filter(handle -> !handle.isBlank()).distinct().limit(MAX_HANDLES).toList();
        List<ProfileSummary> members = profiles.byHandles(asked);
        Set<AccountId> mayWrite = messenger.mayMessage(me.id(), members.stream().map(ProfileSummary::account).toList());
        List<String> writable = members.stream().filter(member -> mayWrite.contains(member.account()))
                .map(ProfileSummary::handle).toList();
        model.addAttribute("page", new MessageButtons(writable));
        return "messaging/messageButtons";
    }
}
