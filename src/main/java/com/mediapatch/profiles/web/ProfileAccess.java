package com.mediapatch.profiles.web;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.ProfileViewRules.Standing;
import com.mediapatch.profiles.internal.Profile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who may see a profile, and its pictures: the owner's visibility setting, friendships and blocks. */
@Component
class ProfileAccess {

    private final ObjectProvider<ProfileViewRules> rules;

    ProfileAccess(ObjectProvider<ProfileViewRules> rules) {
        this.rules = rules;
    }

    /** How the viewer (null when signed out) stands to the profile's owner; OTHER for visitors and the owner. */
    Standing standing(Member viewer, Profile profile) {
        return viewer == null || owns(viewer, profile) ? Standing.OTHER
                : rules.getIfUnique(() -> ProfileViewRules.NONE).standing(viewer.id(), profile.account());
    }

    /** Whether the viewer may see the profile and its pictures: the owner always, others as visibility and blocks allow. */
    boolean admits(Member viewer, Profile profile) {
        if (owns(viewer, profile)) {
            return true;
        }
        Standing standing = standing(viewer, profile);
        return standing != Standing.BLOCKED_BY_OWNER && standing != Standing.BLOCKED_BY_VIEWER
                && profile.visibility().admits(viewer != null, standing == Standing.FRIEND);
    }

    static boolean owns(Member viewer, Profile profile) {
        return viewer != null && viewer.id().equals(profile.account());
    }
}
