package com.mediapatch.profiles.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

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

    MemberProfileController(ProfileCatalogue catalogue) {
        this.catalogue = catalogue;
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
        String hiddenBecause = own ? null : hiddenBecause(profile.visibility(), viewer != null);
        if (hiddenBecause != null) {
            response.setStatus(viewer == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
        }
        model.addAttribute("page", new MemberProfilePage(
                hiddenBecause == null ? ProfileView.of(profile.summary(), profile.details()) : null, own, hiddenBecause,
                profile.summary().handle()));
        return "profiles/profile";
    }

    private static String hiddenBecause(Visibility visibility, boolean signedIn) {
        return switch (visibility) {
            case EVERYONE -> null;
            case MEMBERS -> signedIn ? null : "SIGN_IN";
            case FRIENDS -> signedIn ? "PRIVATE" : "SIGN_IN";
        };
    }
}
