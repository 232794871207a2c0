package com.mediapatch.profiles.web;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileRoutes;
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
    private final ProfileAccess access;

    MemberProfileController(ProfileCatalogue catalogue, ProfileAccess access) {
        this.catalogue = catalogue;
        this.access = access;
    }

    @GetMapping(ProfileRoutes.MEMBERS + "/{handle}")
    String show(@PathVariable String handle, @AuthenticationPrincipal Member viewer, Model model,
            HttpServletResponse response) throws NoResourceFoundException {
        Profile profile = catalogue.byHandle(handle)
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, ProfileRoutes.MEMBERS, handle));
        ProfileAccess.Verdict verdict = access.of(viewer, profile);
        if (verdict.gone()) {
            // The blocked member is not told: to them the profile is simply not there.
            throw new NoResourceFoundException(HttpMethod.GET, ProfileRoutes.MEMBERS, handle);
        }
        String hiddenBecause = verdict.hiddenBecause();
        if (hiddenBecause != null && !"BLOCKED".equals(hiddenBecause)) {
            response.setStatus(viewer == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
        }
        model.addAttribute("page", new MemberProfilePage(
                verdict.visible() ? ProfileView.of(profile.summary(), profile.details(), profile.banner()) : null,
                verdict.own(), hiddenBecause, profile.summary().handle(), viewer != null && !verdict.own()));
        return "profiles/profile";
    }
}
