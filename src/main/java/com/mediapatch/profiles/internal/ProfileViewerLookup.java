package com.mediapatch.profiles.internal;

import com.mediapatch.profiles.Theme;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.web.Viewer;
import com.mediapatch.shared.web.ViewerLookup;

import org.springframework.stereotype.Component;

/** The shell shows the signed-in member's name, avatar and theme from their profile. */
@Component
class ProfileViewerLookup implements ViewerLookup {

    private final ProfileCatalogue catalogue;

    ProfileViewerLookup(ProfileCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Viewer> viewer(Principal principal) {
        AccountId account;
        try {
            account = AccountId.valueOf(principal.getName());
        } catch (IllegalArgumentException notAMember) {
            return Optional.empty();
        }
        return catalogue.of(account).map(profile -> {
            ProfileSummary summary = profile.summary();
            String theme = profile.theme() == Theme.SYSTEM ? null : profile.theme().name().toLowerCase(Locale.ROOT);
            return new Viewer(summary.displayName(), summary.handle(), summary.initials(), summary.avatarTone(),
                    summary.path(), theme);
        });
    }
}
