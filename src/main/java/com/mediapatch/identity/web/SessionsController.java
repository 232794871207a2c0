package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.MemberSessions;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lists the member's sessions and ends one or all others; only ever the member's own. */
@Controller
class SessionsController {

    static final String END_ONE = IdentityRoutes.SESSIONS + "/{handle}/end";
    static final String END_OTHERS = IdentityRoutes.SESSIONS + "/end-others";

    private final MemberSessions sessions;

    SessionsController(MemberSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping(IdentityRoutes.SESSIONS)
    String list(@AuthenticationPrincipal Member me, HttpSession session, Model model) {
        model.addAttribute("page", new SessionsPage(sessions.of(me.id(), session.getId())));
        return "identity/sessions";
    }

    @PostMapping(END_ONE)
    String endOne(@AuthenticationPrincipal Member me, @PathVariable String handle, RedirectAttributes redirect) {
        if (sessions.end(me.id(), handle)) {
            Toasts.success(redirect, "That session has been signed out.");
        } else {
            Toasts.error(redirect, "That session had already ended.");
        }
        return "redirect:" + IdentityRoutes.SESSIONS;
    }

    @PostMapping(END_OTHERS)
    String endOthers(@AuthenticationPrincipal Member me, HttpSession session, RedirectAttributes redirect) {
        int ended = sessions.endAllExcept(me.id(), session.getId());
        Toasts.success(redirect, ended == 0 ? "No other sessions were open."
                : "Signed out of " + ended + " other session" + (ended == 1 ? "." : "s."));
        return "redirect:" + IdentityRoutes.SESSIONS;
    }
}
