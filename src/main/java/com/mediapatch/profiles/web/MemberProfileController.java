package com.mediapatch.profiles.web;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileForFriendsOnly;
import com.mediapatch.profiles.ProfileNotFound;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules.Standing;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Shows a profile to whoever its owner allows; others learn only what they need to. A visitor kept out of a
 * members-only profile gets the friendly page of {@code ProfileForMembersOnly}, which offers signing in; a member
 * kept out of a friends-only one sees this profile's own page, which offers the friend request.
 */
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
            HttpServletResponse response) {
        Profile profile = catalogue.byHandle(handle).orElseThrow(ProfileNotFound::new);
        boolean own = ProfileAccess.owns(viewer, profile);
        Standing standing = access.standing(viewer, profile);
        if (standing == Standing.BLOCKED_BY_OWNER) {
            throw new ProfileNotFound(); // the blocked member is not told: to them the profile is simply not there
        }
        String shownHandle = profile.summary().handle();
        if (standing == Standing.BLOCKED_BY_VIEWER) {
            return hidden(model, "BLOCKED", shownHandle);
        }
        try {
            if (!own) {
                profile.visibility().admit(viewer != null, standing == Standing.FRIEND, "@" + shownHandle + " shares their profile");
            }
        } catch (ProfileForFriendsOnly friendsOnly) {
            response.setStatus(friendsOnly.type().status().value());
            return hidden(model, "PRIVATE", shownHandle);
        }
        model.addAttribute("page", new MemberProfilePage(ProfileView.of(profile.summary(), profile.details(), profile.banner()),
                own, null, shownHandle, viewer != null && !own));
        return "profiles/profile";
    }

    /** The profile's own page without the profile, offering what the viewer can do (unblock, ask to be friends). */
    private static String hidden(Model model, String because, String handle) {
        model.addAttribute("page", new MemberProfilePage(null, false, because, handle, true));
        return "profiles/profile";
    }
}
