package com.mediapatch.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.identity.Member;
import com.mediapatch.moderation.ModerationProblem;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.moderation.internal.ReportDesk;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report form: {@code /reports/new?member=@handle}, {@code ?message=<id>}, {@code ?conversation=<id>}, or
 * {@code ?contributed=<kind>:<id>} for what another module contributes (see {@code ReportableTarget}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportController {

    private final ReportDesk desk;

    ReportController(ReportDesk desk) {
        this.desk = desk;
    }

    @GetMapping(ModerationRoutes.NEW_REPORT)
    String form(@AuthenticationPrincipal Member me, @RequestParam(required = false) String member,
            @RequestParam(required = false) String message, @RequestParam(required = false) String conversation,
            @RequestParam(required = false) String contributed, Model model) {
        TargetType type = member != null ? TargetType.MEMBER : message != null ? TargetType.MESSAGE
                : contributed != null ? TargetType.CONTRIBUTED : TargetType.CONVERSATION;
        String target = member != null ? member : message != null ? message : contributed != null ? contributed : conversation;
        ReportDesk.Target found = desk.resolve(me.id(), type, target);
        model.addAttribute("page", new ReportPage(new ReportForm(type, target, null, ""), found.description(),
                FormErrors.NONE));
        return "moderation/report";
    }

    @PostMapping(ModerationRoutes.REPORTS)
    String file(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.type() == null || form.target() == null) {
            throw new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND);
        }
        ReportDesk.Target found = desk.resolve(me.id(), form.type(), form.target());
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new ReportPage(form, found.description(), FormErrors.of(result)));
            return "moderation/report";
        }
        desk.file(me.id(), form.type(), form.target(), form.category(), form.comment());
        Toasts.success(redirect, "Thanks for reporting. A moderator will look at it; we'll tell you when they have.");
        return "redirect:/";
    }
}
