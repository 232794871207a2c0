package com.mediapatch.profiles.web;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member directory, searchable by name and filterable by discipline; never lists members cut off by a block. */
@Controller
class MembersController {

    private final ProfileCatalogue catalogue;
    private final ObjectProvider<ProfileViewRules> rules;

    MembersController(ProfileCatalogue catalogue, ObjectProvider<ProfileViewRules> rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    @GetMapping(ProfileRoutes.MEMBERS)
    String directory(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(required = false) Discipline discipline, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Member viewer, Model model) {
        String text = query.length() > 80 ? query.substring(0, 80) : query;
        int pageNumber = Math.max(0, Math.min(page, 10_000));
        ProfileViewRules viewRules = rules.getIfUnique(() -> ProfileViewRules.NONE);
        Page<Profile> found = viewer == null ? catalogue.directory(null, text, discipline, pageNumber, Set.of(), Set.of())
                : catalogue.directory(viewer.id(), text, discipline, pageNumber, viewRules.friendsOf(viewer.id()),
                        viewRules.cutOff(viewer.id()));
        model.addAttribute("page", new MembersPage(found.map(MembersController::card).toList(), text, discipline,
                found.getNumber(), found.getTotalPages(), found.getTotalElements()));
        return "profiles/members";
    }

    private static MembersPage.Card card(Profile profile) {
        return new MembersPage.Card(profile.summary(), profile.disciplines(),
                ProfileView.locationOf(profile.details()));
    }
}
