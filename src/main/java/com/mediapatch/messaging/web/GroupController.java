package com.mediapatch.messaging.web;

import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessageRefused;
import com.mediapatch.messaging.MessagingProblem;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.Role;
import com.mediapatch.messaging.internal.GroupChats;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The members panel of a group: invite, remove, appoint admins, rename, leave. */
@Controller
@PreAuthorize("isAuthenticated()")
class GroupController {

    private static final AccountId NOBODY = new AccountId(new UUID(0, 0));

    private final GroupChats groups;
    private final Profiles profiles;

    GroupController(GroupChats groups, Profiles profiles) {
        this.groups = groups;
        this.profiles = profiles;
    }

    @PostMapping(MessagingRoutes.MEMBERS)
    String invite(@PathVariable UUID conversationId, @RequestParam(defaultValue = "") String handle,
            @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        String clean = handle.strip().startsWith("@") ? handle.strip().substring(1) : handle.strip();
        var invitee = profiles.byHandle(clean).map(ProfileSummary::account);
        // An unknown handle is nobody's friend: the invite is refused as such, after the membership check.
        return outcome(conversationId, redirect, "Added @" + clean + ".", () -> groups.invite(conversationId, me.id(),
                invitee.orElse(NOBODY)));
    }

    @PostMapping(MessagingRoutes.MEMBER_REMOVE)
    String remove(@PathVariable UUID conversationId, @PathVariable String handle, @AuthenticationPrincipal Member me,
            RedirectAttributes redirect) {
        return outcome(conversationId, redirect, "Removed @" + handle + ".",
                () -> groups.remove(conversationId, me.id(), account(handle)));
    }

    @PostMapping(MessagingRoutes.MEMBER_ROLE)
    String role(@PathVariable UUID conversationId, @PathVariable String handle, @RequestParam Role role,
            @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        return outcome(conversationId, redirect, "@" + handle + " is now " + role.label().toLowerCase() + ".",
                () -> groups.setRole(conversationId, me.id(), account(handle), role));
    }

    @PostMapping(MessagingRoutes.RENAME)
    String rename(@PathVariable UUID conversationId, @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        return outcome(conversationId, redirect, "Renamed the group.", () -> groups.rename(conversationId, me.id(), name));
    }

    @PostMapping(MessagingRoutes.LEAVE)
    String leave(@PathVariable UUID conversationId, @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        groups.leave(conversationId, me.id());
        Toasts.success(redirect, "You left the group.");
        return "redirect:" + MessagingRoutes.CONVERSATIONS;
    }

    private AccountId account(String handle) {
        return profiles.byHandle(handle).map(ProfileSummary::account).orElseThrow(MessagingProblem::conversationNotFound);
    }

    /** Group refusals come back as a toast on the conversation; "not found" stays a 404. */
    private static String outcome(UUID conversationId, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            Toasts.success(redirect, success);
        } catch (MessageRefused problem) {
            Toasts.error(redirect, problem.getMessage());
        }
        return "redirect:" + MessagingRoutes.conversation(conversationId);
    }
}
