package com.mediapatch.godmode.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.godmode.internal.SiteSettings;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Read-only mode, maintenance mode and the announcement banner. */
@Controller
class GodSiteController {

    private final GodGate gate;
    private final SiteSettings settings;
    private final Overrides overrides;

    GodSiteController(GodGate gate, SiteSettings settings, Overrides overrides) {
        this.gate = gate;
        this.settings = settings;
        this.overrides = overrides;
    }

    @GetMapping(GodModeRoutes.SITE)
    String page(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        model.addAttribute("page", new GodPages.Site(settings.state()));
        return "godmode/site";
    }

    @PostMapping(GodModeRoutes.SITE + "/read-only")
    String readOnly(@AuthenticationPrincipal Member me, @RequestParam boolean on, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        gate.requireAction(me, request);
        Toasts.success(redirect, overrides.readOnly(new GodActor(me, request), on, reason));
        return "redirect:" + GodModeRoutes.SITE;
    }

    @PostMapping(GodModeRoutes.SITE + "/maintenance")
    String maintenance(@AuthenticationPrincipal Member me, @RequestParam boolean on, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        gate.requireAction(me, request);
        Toasts.success(redirect, overrides.maintenance(new GodActor(me, request), on, reason));
        return "redirect:" + GodModeRoutes.SITE;
    }

    @PostMapping(GodModeRoutes.SITE + "/announcement")
    String announce(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request, RedirectAttributes redirect) {
        gate.requireAction(me, request);
        Toasts.success(redirect, overrides.announce(new GodActor(me, request), text, null));
        return "redirect:" + GodModeRoutes.SITE;
    }
}
