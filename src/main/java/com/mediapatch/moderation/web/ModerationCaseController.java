package com.mediapatch.moderation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.mediapatch.identity.Member;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.Resolution;
import com.mediapatch.moderation.internal.CaseDecisions;
import com.mediapatch.moderation.internal.CaseFile;
import com.mediapatch.moderation.internal.CaseNotFound;
import com.mediapatch.moderation.internal.ReportedContent;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One case: see what was reported (audited), claim it, add notes, resolve it. */
@Controller
@PreAuthorize("hasAuthority('moderation.review')")
class ModerationCaseController {

    static final String CASE = ModerationRoutes.CASES + "/{id}";

    private final CaseFile cases;
    private final CaseDecisions decisions;
    private final ReportedContent content;
    private final Names names;

    ModerationCaseController(CaseFile cases, CaseDecisions decisions, ReportedContent content, Names names) {
        this.cases = cases;
        this.decisions = decisions;
        this.content = content;
        this.names = names;
    }

    /** A moderator's note. */
    record NoteForm(@NotBlank(message = "Write the note.") @Size(max = 2000, message = "Use at most 2000 characters.") String text) {
    }

    @GetMapping(CASE)
    String show(@AuthenticationPrincipal Member me, @PathVariable UUID id, Model model) {
        return page(me, id, ResolveForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping(CASE + "/claim")
    String claim(@AuthenticationPrincipal Member me, @PathVariable UUID id, RedirectAttributes redirect) {
        decisions.claim(me.id(), id);
        Toasts.success(redirect, "The case is yours.");
        return "redirect:" + ModerationRoutes.moderationCase(id);
    }

    @PostMapping(CASE + "/notes")
    String note(@AuthenticationPrincipal Member me, @PathVariable UUID id, @Valid @ModelAttribute NoteForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Toasts.error(redirect, result.getFieldErrors().get(0).getDefaultMessage());
        } else {
            decisions.note(me.id(), id, form.text());
            Toasts.success(redirect, "Note added.");
        }
        return "redirect:" + ModerationRoutes.moderationCase(id);
    }

    @PostMapping(CASE + "/resolve")
    String resolve(@AuthenticationPrincipal Member me, @PathVariable UUID id,
            @Valid @ModelAttribute("resolve") ResolveForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.action() == Resolution.WARN && (form.warning() == null || form.warning().isBlank())) {
            result.rejectValue("warning", "required", "Write the warning the member will read.");
        }
        if (form.action() == Resolution.SUSPEND && form.days() == null) {
            result.rejectValue("days", "required", "Suspend for 1 to 365 days.");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, id, form, FormErrors.of(result), model);
        }
        decisions.resolve(me.id(), id, new CaseDecisions.Decision(form.action(), form.reason().strip(), form.warning(),
                form.days() == null ? 0 : form.days()));
        Toasts.success(redirect, "Case resolved: " + form.action().label().toLowerCase() + ".");
        return "redirect:" + ModerationRoutes.QUEUE;
    }

    private String page(Member me, UUID id, ResolveForm form, FormErrors errors, Model model) {
        CaseFile.Case file = cases.find(id).orElseThrow(CaseNotFound::new);
        model.addAttribute("page", new CasePage(file, names.about(file),
                cases.reports(id).stream().map(r -> new CasePage.Named<>(r, names.of(r.reporter()))).toList(),
                cases.notes(id).stream().map(n -> new CasePage.Named<>(n, names.of(n.author()))).toList(),
                content.of(file, me.id()), file.claimedBy() == null ? null : names.of(file.claimedBy()),
                me.id().equals(file.claimedBy()), form, errors));
        return "moderation/case";
    }
}
