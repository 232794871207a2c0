package com.mediapatch.social.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.shared.web.Toast;
import com.mediapatch.shared.web.Toasts;
import com.mediapatch.social.Connection;
import com.mediapatch.social.ConnectionAction;
import com.mediapatch.social.ConnectionRefused;
import com.mediapatch.social.FriendRequestId;
import com.mediapatch.social.FriendRequestNotFound;
import com.mediapatch.social.MemberNotFound;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialRoutes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The connection buttons for one member (add friend, accept, block, mute...) and what they
 * do. htmx swaps the buttons in place with a toast; plain forms (and other modules' forms,
 * say a conversation's Block button) are redirected back to a local page.
 */
@Controller
class ConnectionActionsController {

    private final Relationships relationships;

    ConnectionActionsController(Relationships relationships) {
        this.relationships = relationships;
    }

    @GetMapping(SocialRoutes.ACTIONS + "/{handle}")
    String show(@PathVariable String handle, @AuthenticationPrincipal Member me, HttpServletRequest request,
            Model model) {
        if (me == null) {
            return "redirect:" + IdentityRoutes.SIGN_IN;
        }
        ProfileSummary other = relationships.member(me.id(), handle);
        if (!HtmxRequest.wantsFragment(request)) {
            return "redirect:" + other.path();
        }
        return fragment(model, me, other, List.of());
    }

    @PostMapping({SocialRoutes.ACTIONS + "/{handle}/{action}", SocialRoutes.REQUESTS + "/{handle}"})
    String act(@PathVariable String handle, @PathVariable(required = false) String action,
            @RequestParam(name = "returnTo", required = false) String returnTo, @AuthenticationPrincipal Member me,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:" + IdentityRoutes.SIGN_IN;
        }
        ConnectionAction chosen = action == null ? ConnectionAction.REQUEST : ConnectionAction.ofSlug(action)
                .orElseThrow(() -> new MemberNotFound("No such action."));
        ProfileSummary other = relationships.member(me.id(), handle);
        Toast outcome;
        try {
            perform(chosen, me, other);
            outcome = new Toast(Toast.Level.SUCCESS, chosen.done());
        } catch (ConnectionRefused refused) {
            outcome = new Toast(Toast.Level.ERROR, refused.getMessage());
        }
        if (HtmxRequest.wantsFragment(request)) {
            return fragment(model, me, other, List.of(outcome));
        }
        if (outcome.level() == Toast.Level.ERROR) {
            Toasts.error(redirect, outcome.text());
        } else {
            Toasts.success(redirect, outcome.text());
        }
        return "redirect:" + (isLocal(returnTo) ? returnTo : other.path());
    }

    private void perform(ConnectionAction action, Member me, ProfileSummary other) {
        Connection now = relationships.between(me.id(), other.account());
        switch (action) {
            case REQUEST -> relationships.request(me.id(), other.account());
            case CANCEL -> relationships.cancel(me.id(), pending(now, Connection.State.REQUEST_SENT));
            case ACCEPT -> relationships.accept(me.id(), pending(now, Connection.State.REQUEST_RECEIVED));
            case DECLINE -> relationships.decline(me.id(), pending(now, Connection.State.REQUEST_RECEIVED));
            case UNFRIEND -> relationships.unfriend(me.id(), other.account());
            case BLOCK -> relationships.block(me.id(), other.account());
            case UNBLOCK -> relationships.unblock(me.id(), other.account());
            case MUTE -> relationships.mute(me.id(), other.account());
            case UNMUTE -> relationships.unmute(me.id(), other.account());
        }
    }

    private static FriendRequestId pending(Connection connection, Connection.State expected) {
        if (connection.state() != expected) {
            throw new FriendRequestNotFound("There is no such friend request any more.");
        }
        return connection.request();
    }

    private String fragment(Model model, Member me, ProfileSummary other, List<Toast> toasts) {
        model.addAttribute("page", new ConnectionActionsFragment(other, relationships.between(me.id(), other.account()),
                toasts));
        return "social/actions";
    }

    /** Only paths on this site: never another origin, never a protocol-relative URL. */
    static boolean isLocal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 300;
    }
}
