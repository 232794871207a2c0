package com.mediapatch.godmode.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodActions;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-click way back from viewing the site as a member. */
@Controller
class ImpersonationController {

    private final Impersonation impersonation;
    private final GodActions actions;

    ImpersonationController(Impersonation impersonation, GodActions actions) {
        this.impersonation = impersonation;
        this.actions = actions;
    }

    @PostMapping(GodModeRoutes.IMPERSONATION_END)
    String end(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return impersonation.stop(request, response).map(ended -> {
            Member god = (Member) ended.original().getPrincipal();
            actions.record(god, request, "impersonation-ended", "member:" + ended.member(), null, Map.of());
            Toasts.info(redirect, "You are back in your own account.");
            return "redirect:" + GodModeRoutes.member(ended.member());
        }).orElse("redirect:/");
    }
}
