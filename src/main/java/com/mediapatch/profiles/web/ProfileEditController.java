package com.mediapatch.profiles.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.HandleTaken;
import com.mediapatch.profiles.internal.LinkRules;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.shared.web.Toast;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A member edits their own profile, a section at a time (or all of it in one post); there is
 * no way to address anyone else's. A section saved through htmx is swapped in place with its
 * errors or a toast; a plain form post comes back to the editor.
 */
@Controller
class ProfileEditController {

    private static final Set<String> ALL_FIELDS = Stream.of(EditorSection.values())
            .flatMap(section -> section.fields().stream()).collect(Collectors.toUnmodifiableSet());

    private final ProfileCatalogue catalogue;
    private final SpringValidatorAdapter validator;
    private final LocationChoice locations;

    ProfileEditController(ProfileCatalogue catalogue, jakarta.validation.Validator validator, LocationChoice locations) {
        this.catalogue = catalogue;
        this.validator = new SpringValidatorAdapter(validator);
        this.locations = locations;
    }

    @GetMapping(ProfileRoutes.EDIT)
    String edit(@AuthenticationPrincipal Member me, Model model) {
        Profile profile = catalogue.create(me.id(), "New member");
        model.addAttribute("page", ProfileEditPage.of(profile, ProfileForm.of(profile.details()), FormErrors.NONE, List.of()));
        return "profiles/edit";
    }

    @PostMapping({ProfileRoutes.EDIT, ProfileRoutes.EDIT_SECTION + "/{section}"})
    String save(@AuthenticationPrincipal Member me, @PathVariable(required = false) String section,
            @ModelAttribute("posted") ProfileForm posted, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws NoResourceFoundException {
        EditorSection chosen = section == null ? null : EditorSection.ofSlug(section)
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.POST, ProfileRoutes.EDIT_SECTION, section));
        Set<String> fields = chosen == null ? ALL_FIELDS : chosen.fields();
        Profile profile = catalogue.create(me.id(), "New member");
        ProfileForm form = ProfileForm.of(profile.details()).with(posted, fields);
        BindingResult result = check(form, binding, fields);
        boolean fragment = chosen != null && HtmxRequest.wantsFragment(request);
        if (!result.hasErrors()) {
            try {
                // Only a post with the location fields moves the member; other sections keep where they are.
                LocationChoice.Location location = fields.contains("city")
                        ? locations.of(form.city(), form.country(), form.placeId(), Optional.of(profile.details()))
                        : LocationChoice.Location.of(profile.details());
                Profile saved = catalogue.update(me.id(), form.toDetails(location));
                if (fragment) {
                    return section(model, saved, ProfileForm.of(saved.details()), FormErrors.NONE, chosen,
                            new Toast(Toast.Level.SUCCESS, chosen.title() + " saved."));
                }
                Toasts.success(redirect, chosen == null ? "Your profile is saved." : chosen.title() + " saved.");
                return "redirect:" + (chosen == null ? saved.summary().path() : ProfileRoutes.EDIT + "#" + chosen.domId());
            } catch (HandleTaken taken) {
                result.rejectValue("handle", "taken", taken.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (fragment) {
            return section(model, profile, form, FormErrors.of(result), chosen,
                    new Toast(Toast.Level.ERROR, "Not saved: check " + chosen.title() + "."));
        }
        model.addAttribute("page", ProfileEditPage.of(profile, form, FormErrors.of(result), List.of()));
        return "profiles/edit";
    }

    /** Binding errors of the posted fields, then the form's rules, tag limits and link rules. */
    private BindingResult check(ProfileForm form, BindingResult binding, Set<String> fields) {
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        binding.getFieldErrors().stream().filter(error -> fields.contains(error.getField())).forEach(error ->
                result.rejectValue(error.getField(), "typeMismatch", "placeId".equals(error.getField())
                        ? "Pick your city from the list again." : "Choose one of the options."));
        validator.validate(form, result);
        checkTags(form, result);
        for (String field : ProfileForm.LINK_FIELDS) {
            if (!result.hasFieldErrors(field)) {
                LinkRules.problemWith(field, form.link(field)).ifPresent(problem -> result.rejectValue(field, "link", problem));
            }
        }
        return result;
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

    private static String section(Model model, Profile profile, ProfileForm form, FormErrors errors,
            EditorSection section, Toast toast) {
        model.addAttribute("page", ProfileEditPage.of(profile, form, errors, List.of(toast)));
        model.addAttribute("section", section);
        return "profiles/sectionSaved";
    }
}
