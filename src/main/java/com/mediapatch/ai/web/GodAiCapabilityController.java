package com.mediapatch.ai.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.mediapatch.ai.AiRoutes;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.internal.AiAdministration;
import com.mediapatch.ai.internal.ChainEdit;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A capability's settings and chain, changed from God Mode's AI panel (every change audited). */
@Controller
class GodAiCapabilityController {

    private final AiGodGate gate;
    private final AiAdministration administration;

    GodAiCapabilityController(AiGodGate gate, AiAdministration administration) {
        this.gate = gate;
        this.administration = administration;
    }

    @PostMapping(AiRoutes.CAPABILITIES + "/{slug}")
    String configure(@AuthenticationPrincipal Member me, @PathVariable String slug, @Valid @ModelAttribute("settings") CapabilityForm form,
            BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        Capability capability = Capability.fromSlug(slug);
        if (result.hasErrors()) {
            Toasts.error(redirect, capability.label() + ": " + result.getFieldErrors().get(0).getDefaultMessage());
            return "redirect:" + AiRoutes.GOD + "#" + capability.slug();
        }
        administration.configure(change, capability, form.switchedOn(), form.audience(), form.dailyQuota(),
                java.time.Duration.ofSeconds(form.timeoutSeconds()));
        Toasts.success(redirect, capability.label() + " saved.");
        return "redirect:" + AiRoutes.GOD + "#" + capability.slug();
    }

    @PostMapping(AiRoutes.CAPABILITIES + "/{slug}/chain")
    String rechain(@AuthenticationPrincipal Member me, @PathVariable String slug, @RequestParam String edit,
            @RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "-1") int index,
            @RequestParam(defaultValue = "") List<String> order, HttpServletRequest request, RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        Capability capability = Capability.fromSlug(slug);
        ChainEdit chainEdit = switch (edit) {
            case "up" -> new ChainEdit.Move(index, -1);
            case "down" -> new ChainEdit.Move(index, 1);
            case "add" -> new ChainEdit.Add(link);
            case "remove" -> new ChainEdit.Remove(link);
            case "order" -> new ChainEdit.Order(order);
            default -> null;
        };
        if (chainEdit == null) {
            Toasts.error(redirect, "That change to the chain is not one the panel offers.");
        } else {
            administration.rechain(change, capability, chainEdit);
            Toasts.success(redirect, capability.label() + ": chain saved.");
        }
        return "redirect:" + AiRoutes.GOD + "#" + capability.slug();
    }
}
