package com.mediapatch.profiles.web;

import java.util.List;

import com.mediapatch.profiles.Availability;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileImageSize;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toast;

/**
 * The profile editor, or one of its sections after a save, with what was typed and what is wrong with it.
 *
 * @param form the values shown
 * @param errors what is wrong with them, by field (photo and banner errors under "photo" and "banner")
 * @param summary the member as others see them, for the profile link and the photo
 * @param bannerPath where the banner is served, or null without one
 * @param toasts what the last save said, shown beside a section swapped in place
 */
public record ProfileEditPage(ProfileForm form, FormErrors errors, ProfileSummary summary, String bannerPath,
        List<Toast> toasts) {

    /** DOM id of the "Photo &amp; banner" section, swapped in place after an upload or removal. */
    public static final String IMAGES_ID = "section-images";

    static ProfileEditPage of(Profile profile, ProfileForm form, FormErrors errors, List<Toast> toasts) {
        ProfileSummary summary = profile.summary();
        String banner = profile.banner() == null ? null
                : ProfileRoutes.image(summary.handle(), profile.banner(), ProfileImageSize.BANNER);
        return new ProfileEditPage(form, errors, summary, banner, toasts);
    }

    public String profilePath() {
        return summary.path();
    }

    public String photoPath() {
        return summary.photoPath(ProfileImageSize.PHOTO);
    }

    public List<EditorSection> sections() {
        return List.of(EditorSection.values());
    }

    public List<Discipline> disciplines() {
        return List.of(Discipline.values());
    }

    public List<Availability> availabilities() {
        return List.of(Availability.values());
    }

    public List<Countries.Country> countries() {
        return Countries.ALL;
    }

    public List<Visibility> visibilities() {
        return List.of(Visibility.values());
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }
}
