package com.mediapatch.classifieds.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdRefused;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.Markdown;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing an ad (a form whose values cannot even be converted, such as an unknown category, arrives as null
 * with its binding errors): {@code /classifieds/new} and {@code /classifieds/ads/{id}/edit}. A refused form (invalid
 * fields, too many active ads, the same text twice) comes back with what was typed and says why; the
 * description's preview is rendered through the same sanitizer as the ad page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AdEditorController {

    static final String EDIT = AdController.AD + "/edit";
    static final int LONGEST_PREVIEW = 5000;

    private final AdDesk desk;
    private final AdFormReader reader;

    AdEditorController(AdDesk desk, AdFormReader reader) {
        this.desk = desk;
        this.reader = reader;
    }

    @GetMapping(ClassifiedsRoutes.NEW)
    String blank(@RequestParam(required = false) String category, Model model) {
        model.addAttribute("page", new AdEditorPage(AdForm.blank(Category.bySlug(category).orElse(null)), null,
                FormErrors.NONE));
        return "classifieds/editor";
    }

    @PostMapping(ClassifiedsRoutes.NEW)
    String create(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("form") AdForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (form == null || result.getTarget() == null) {
            return refused(form == null ? AdForm.blank(null) : form, null, FormErrors.of(result), model, response);
        }
        AdFormReader.Read read = reader.read(form, result);
        if (read == null) {
            return refused(form, null, FormErrors.of(result), model, response);
        }
        try {
            AdId id = desk.create(me.id(), read.details(), read.where());
            Toasts.success(redirect, "Draft saved. Publish it when it reads right.");
            return "redirect:" + ClassifiedsRoutes.ad(id);
        } catch (AdRefused refusedByRule) {
            return refused(form, null, new FormErrors(java.util.Map.of(), java.util.List.of(refusedByRule.getMessage())), model, response);
        }
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal Member me, @PathVariable AdId id, Model model) {
        model.addAttribute("page", new AdEditorPage(AdForm.of(desk.owned(me.id(), id)), id, FormErrors.NONE));
        return "classifieds/editor";
    }

    @PostMapping(EDIT)
    String update(@AuthenticationPrincipal Member me, @PathVariable AdId id, @Valid @ModelAttribute("form") AdForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        desk.owned(me.id(), id);
        if (form == null || result.getTarget() == null) {
            return refused(form == null ? AdForm.of(desk.owned(me.id(), id)) : form, id, FormErrors.of(result), model,
                    response);
        }
        AdFormReader.Read read = reader.read(form, result);
        if (read == null) {
            return refused(form, id, FormErrors.of(result), model, response);
        }
        try {
            desk.update(me.id(), id, read.details(), read.where());
            Toasts.success(redirect, "Changes saved.");
            return "redirect:" + ClassifiedsRoutes.ad(id);
        } catch (AdRefused refusedByRule) {
            return refused(form, id, new FormErrors(java.util.Map.of(), java.util.List.of(refusedByRule.getMessage())), model, response);
        }
    }

    /** The description as the ad page will show it, for the editor's preview. */
    @PostMapping(value = ClassifiedsRoutes.PREVIEW, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String description) {
        String source = description.length() > LONGEST_PREVIEW ? description.substring(0, LONGEST_PREVIEW) : description;
        return source.isBlank() ? "<p class=\"muted\">Nothing to preview yet.</p>" : Markdown.toSafeHtml(source);
    }

    private static String refused(AdForm form, AdId id, FormErrors errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new AdEditorPage(form, id, errors));
        return "classifieds/editor";
    }
}
