package com.mediapatch.godmode.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodActions;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.GodModeRefused;
import com.mediapatch.identity.GodAccess;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asks a God account for a fresh authenticator code before it may act. */
@Controller
class StepUpController {

    private final GodGate gate;
    private final GodAccess access;
    private final GodActions actions;

    StepUpController(GodGate gate, GodAccess access, GodActions actions) {
        this.gate = gate;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping(GodModeRoutes.STEP_UP)
    String form(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = GodModeRoutes.DASHBOARD) String next,
            HttpServletRequest request, Model model) {
        requireGodMode(me, request);
        model.addAttribute("page", new GodPages.StepUp(safe(next), null));
        return "godmode/step-up";
    }

    @PostMapping(GodModeRoutes.STEP_UP)
    String confirm(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = GodModeRoutes.DASHBOARD) String next, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        requireGodMode(me, request);
        if (!access.confirmSecondFactor(me, code, request.getSession())) {
            actions.record(me, request, "step-up-failed", "member:" + me.id(), null, Map.of());
            model.addAttribute("page", new GodPages.StepUp(safe(next), "That code is wrong or was already used. Try the next one."));
            return "godmode/step-up";
        }
        actions.record(me, request, "stepped-up", "member:" + me.id(), null, Map.of());
        Toasts.success(redirect, "Confirmed. God Mode actions are open for the next ten minutes.");
        return "redirect:" + safe(next);
    }

    private void requireGodMode(Member me, HttpServletRequest request) {
        GodGate.Access access = gate.forAction(me, request);
        if (access == GodGate.Access.HIDDEN) {
            throw new GodModeRefused.Hidden();
        }
        if (access == GodGate.Access.INCOMPLETE) {
            throw new GodModeRefused.Incomplete();
        }
    }

    /** Only back into God Mode, so the page cannot be used to send someone elsewhere. */
    private static String safe(String next) {
        return next.startsWith(GodModeRoutes.DASHBOARD) && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(GodModeRoutes.STEP_UP) ? next : GodModeRoutes.DASHBOARD;
    }
}
