package com.mediapatch.profiles.web;

import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.Theme;
import com.mediapatch.shared.web.FormErrors;

/** The profile editor with what was typed and what is wrong with it. */
public record ProfileEditPage(ProfileForm form, FormErrors errors, String profilePath) {

    public List<Discipline> disciplines() {
        return List.of(Discipline.values());
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
