package com.mediapatch.profiles.web;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member directory, searchable by name and filterable by discipline. */
@Controller
class MembersController {

    private final ProfileCatalogue catalogue;

    MembersController(ProfileCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(ProfileRoutes.MEMBERS)
    String directory(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(required = false) Discipline discipline, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Member viewer, Model model) {
        String text = query.length() > 80 ? query.substring(0, 80) : query;
        int pageNumber = Math.max(0, Math.min(page, 10_000));
        Page<Profile> found = catalogue.directory(viewer == null ? null : viewer.id(), text, discipline, pageNumber);
        model.addAttribute("page", new MembersPage(found.map(MembersController::card).toList(), text, discipline,
                found.getNumber(), found.getTotalPages(), found.getTotalElements()));
        return "profiles/members";
    }

    private static MembersPage.Card card(Profile profile) {
        return new MembersPage.Card(profile.summary(), profile.disciplines(),
                ProfileView.locationOf(profile.details()));
    }
}
