package com.mediapatch.profiles.web;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.ProfileViewRules.Standing;
import com.mediapatch.profiles.Visibility;
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

    /** How the viewer (null when signed out) stands to the profile. */
    Verdict of(Member viewer, Profile profile) {
        boolean own = viewer != null && viewer.id().equals(profile.account());
        Standing standing = viewer == null || own ? Standing.OTHER
                : rules.getIfUnique(() -> ProfileViewRules.NONE).standing(viewer.id(), profile.account());
        String hiddenBecause = own ? null
                : standing == Standing.BLOCKED_BY_OWNER ? "GONE"
                : standing == Standing.BLOCKED_BY_VIEWER ? "BLOCKED"
                : hiddenBecause(profile.visibility(), viewer != null, standing == Standing.FRIEND);
        return new Verdict(own, hiddenBecause);
    }

    private static String hiddenBecause(Visibility visibility, boolean signedIn, boolean friend) {
        return switch (visibility) {
            case EVERYONE -> null;
            case MEMBERS -> signedIn ? null : "SIGN_IN";
            case FRIENDS -> !signedIn ? "SIGN_IN" : friend ? null : "PRIVATE";
        };
    }

    /**
     * What the viewer may see.
     *
     * @param own the viewer owns the profile
     * @param hiddenBecause null when shown; SIGN_IN, PRIVATE, BLOCKED (the viewer blocked the owner) or GONE (the
     *        owner blocked the viewer: to them the profile does not exist)
     */
    record Verdict(boolean own, String hiddenBecause) {

        boolean visible() {
            return hiddenBecause == null;
        }

        boolean gone() {
            return "GONE".equals(hiddenBecause);
        }
    }
}
