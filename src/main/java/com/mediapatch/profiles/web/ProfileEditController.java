package com.mediapatch.profiles.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.HandleTaken;
import com.mediapatch.profiles.internal.LinkRules;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member edits their own profile; there is no way to address anyone else's. */
@Controller
class ProfileEditController {

    private final ProfileCatalogue catalogue;
    private final LocationChoice locations;

    ProfileEditController(ProfileCatalogue catalogue, LocationChoice locations) {
        this.catalogue = catalogue;
        this.locations = locations;
    }

    @GetMapping(ProfileRoutes.EDIT)
    String edit(@AuthenticationPrincipal Member me, Model model) {
        Profile profile = catalogue.of(me.id()).orElseGet(() -> catalogue.create(me.id(), "New member"));
        return page(model, ProfileForm.of(profile.details()), FormErrors.NONE, profile.summary().path());
    }

    @PostMapping(ProfileRoutes.EDIT)
    String save(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        checkTags(form, result);
        for (String field : ProfileForm.LINK_FIELDS) {
            if (!result.hasFieldErrors(field)) {
                LinkRules.problemWith(field, form.link(field)).ifPresent(problem -> result.rejectValue(field, "link", problem));
            }
        }
        if (!result.hasErrors()) {
            try {
                LocationChoice.Location location = locations.of(form.city(), form.country(), form.placeId(),
                        catalogue.of(me.id()).map(Profile::details));
                Profile saved = catalogue.update(me.id(), form.toDetails(location));
                Toasts.success(redirect, "Your profile is saved.");
                return "redirect:" + saved.summary().path();
            } catch (HandleTaken taken) {
                result.rejectValue("handle", "taken", taken.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        String path = catalogue.of(me.id()).map(p -> p.summary().path()).orElse(ProfileRoutes.MEMBERS);
        return page(model, form, FormErrors.of(result), path);
    }

    private static void checkTags(ProfileForm form, BindingResult result) {
        for (String field : new String[] {"skills", "genres"}) {
            if (result.hasFieldErrors(field)) {
                continue;
            }
            var tags = ProfileForm.tags("skills".equals(field) ? form.skills() : form.genres());
            if (tags.size() > ProfileForm.MAX_TAGS) {
                result.rejectValue(field, "count", "List at most " + ProfileForm.MAX_TAGS + ", separated by commas.");
            } else if (tags.stream().anyMatch(tag -> tag.length() > ProfileForm.MAX_TAG_LENGTH)) {
                result.rejectValue(field, "length", "Keep each one under " + ProfileForm.MAX_TAG_LENGTH + " characters.");
            }
        }
    }

    private static String page(Model model, ProfileForm form, FormErrors errors, String profilePath) {
        model.addAttribute("page", new ProfileEditPage(form, errors, profilePath));
        return "profiles/edit";
    }
}
