package com.mediapatch.profiles.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.ProfileViewRules.Standing;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Shows a profile to whoever its owner allows; others learn only what they need to. */
@Controller
class MemberProfileController {

    private final ProfileCatalogue catalogue;
    private final ObjectProvider<ProfileViewRules> rules;

    MemberProfileController(ProfileCatalogue catalogue, ObjectProvider<ProfileViewRules> rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    @GetMapping(ProfileRoutes.MEMBERS + "/{handle}")
    String show(@PathVariable String handle, @AuthenticationPrincipal Member viewer, Model model,
            HttpServletResponse response) throws NoResourceFoundException {
        Optional<Profile> found = catalogue.byHandle(handle);
        if (found.isEmpty()) {
            throw new NoResourceFoundException(HttpMethod.GET, ProfileRoutes.MEMBERS, handle);
        }
        Profile profile = found.get();
        boolean own = viewer != null && viewer.id().equals(profile.account());
        Standing standing = viewer == null || own ? Standing.OTHER
                : rules.getIfUnique(() -> ProfileViewRules.NONE).standing(viewer.id(), profile.account());
        if (standing == Standing.BLOCKED_BY_OWNER) {
            // The blocked member is not told: to them the profile is simply not there.
            throw new NoResourceFoundException(HttpMethod.GET, ProfileRoutes.MEMBERS, handle);
        }
        String hiddenBecause = own ? null
                : standing == Standing.BLOCKED_BY_VIEWER ? "BLOCKED"
                : hiddenBecause(profile.visibility(), viewer != null, standing == Standing.FRIEND);
        if (hiddenBecause != null && !"BLOCKED".equals(hiddenBecause)) {
            response.setStatus(viewer == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
        }
        model.addAttribute("page", new MemberProfilePage(
                hiddenBecause == null ? ProfileView.of(profile.summary(), profile.details()) : null, own, hiddenBecause,
                profile.summary().handle(), viewer != null && !own));
        return "profiles/profile";
    }

    private static String hiddenBecause(Visibility visibility, boolean signedIn, boolean friend) {
        return switch (visibility) {
            case EVERYONE -> null;
            case MEMBERS -> signedIn ? null : "SIGN_IN";
            case FRIENDS -> !signedIn ? "SIGN_IN" : friend ? null : "PRIVATE";
        };
    }
}
