package com.mediapatch.ai.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.ai.AiRefused;
import com.mediapatch.ai.AiRoutes;
import com.mediapatch.ai.internal.AiAdministration;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.AiOverview;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.ai.internal.ConnectionTester;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** God Mode's AI panel and its connections: add, edit, switch, delete and test, every change audited. */
@Controller
class GodAiController {

    private static final List<ConnectionKind> KINDS = List.of(ConnectionKind.values());

    private final AiGodGate gate;
    private final AiOverview overview;
    private final AiAdministration administration;
    private final ConnectionStore connections;
    private final ConnectionTester tester;

    GodAiController(AiGodGate gate, AiOverview overview, AiAdministration administration, ConnectionStore connections,
            ConnectionTester tester) {
        this.gate = gate;
        this.overview = overview;
        this.administration = administration;
        this.connections = connections;
        this.tester = tester;
    }

    @GetMapping(AiRoutes.GOD)
    String panel(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        return panel(model, ConnectionForm.empty(), FormErrors.NONE);
    }

    @PostMapping(AiRoutes.CONNECTIONS)
    String add(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("form") ConnectionForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return panel(model, form.withoutKey(), FormErrors.of(result));
        }
        AiConnection added = administration.add(change, form.draft());
        Toasts.success(redirect, added.kind().external()
                ? added.name() + " added, switched off: members' input would be sent to " + added.kind().label() + ". Switch it on when you are ready."
                : added.name() + " added. Test it, then add it to a capability's chain.");
        return "redirect:" + AiRoutes.GOD;
    }

    @GetMapping(AiRoutes.CONNECTIONS + "/{id}")
    String edit(@AuthenticationPrincipal Member me, @PathVariable String id, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        AiConnection connection = connections.get(parse(id));
        model.addAttribute("page", new AiPages.EditConnection(connection, ConnectionForm.of(connection), FormErrors.NONE, KINDS));
        return "ai/connection";
    }

    @PostMapping(AiRoutes.CONNECTIONS + "/{id}")
    String update(@AuthenticationPrincipal Member me, @PathVariable String id, @Valid @ModelAttribute("form") ConnectionForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        AiConnection connection = connections.get(parse(id));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new AiPages.EditConnection(connection, form.withoutKey(), FormErrors.of(result), KINDS));
            return "ai/connection";
        }
        administration.update(change, connection.id(), form.draft());
        Toasts.success(redirect, form.name().strip() + " saved.");
        return "redirect:" + AiRoutes.GOD;
    }

    @PostMapping(AiRoutes.CONNECTIONS + "/{id}/switch")
    String switchTo(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam boolean on, HttpServletRequest request,
            RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        AiConnection connection = connections.get(parse(id));
        administration.switchTo(change, connection.id(), on);
        Toasts.success(redirect, connection.name() + (on ? " switched on." : " switched off."));
        return "redirect:" + AiRoutes.GOD;
    }

    @PostMapping(AiRoutes.CONNECTIONS + "/{id}/delete")
    String delete(@AuthenticationPrincipal Member me, @PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        var change = gate.requireAction(me, request);
        AiConnection connection = connections.get(parse(id));
        administration.delete(change, connection.id());
        Toasts.success(redirect, connection.name() + " deleted and taken out of every chain.");
        return "redirect:" + AiRoutes.GOD;
    }

    @PostMapping(AiRoutes.CONNECTIONS + "/{id}/test")
    String test(@AuthenticationPrincipal Member me, @PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        gate.requireAction(me, request);
        ConnectionTester.Result result = tester.test(parse(id));
        if (result.answered()) {
            Toasts.success(redirect, result.message());
        } else {
            Toasts.error(redirect, result.message());
        }
        return "redirect:" + AiRoutes.GOD;
    }

    private String panel(Model model, ConnectionForm form, FormErrors errors) {
        model.addAttribute("page", new AiPages.Panel(overview.panel(), form, errors, KINDS));
        return "ai/panel";
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new AiRefused.ConnectionNotFound();
        }
    }
}
