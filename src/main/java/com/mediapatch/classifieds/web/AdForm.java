package com.mediapatch.classifieds.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;

/**
 * An ad as typed, from the form or the API; what is typed is kept and shown again when refused.
 *
 * @param title one line
 * @param description Markdown
 * @param category the kind of ad
 * @param instruments comma-separated instruments or roles
 * @param genres comma-separated genres
 * @param level experience
 * @param commitment hobby, semi-pro or pro
 * @param paid whether it pays (a checkbox: absent when not ticked)
 * @param remote true for an ad about no city (a checkbox: absent when not ticked)
 * @param city the city's name as shown in the picker
 * @param placeId the picked place, or null (then the city is looked up by name)
 * @param mediaLinks links to recordings, one per line
 */
public record AdForm(
        @NotBlank(message = "Give the ad a title.") @Size(max = 120, message = "Use at most 120 characters.") String title,
        @NotBlank(message = "Say what the ad is about.") @Size(max = 5000, message = "Use at most 5000 characters.") String description,
        @NotNull(message = "Choose a category.") Category category,
        @Size(max = 420, message = "Too many instruments or roles.") String instruments,
        @Size(max = 420, message = "Too many genres.") String genres,
        @NotNull(message = "Choose a level.") Level level,
        @NotNull(message = "Choose a commitment.") Commitment commitment,
        Boolean paid, Boolean remote,
        @Size(max = 100, message = "Use at most 100 characters.") String city,
        Long placeId,
        @Size(max = 2100, message = "Too many links.") String mediaLinks) {

    public boolean pays() {
        return Boolean.TRUE.equals(paid);
    }

    public boolean isRemote() {
        return Boolean.TRUE.equals(remote);
    }

    /** An empty form with sensible choices. */
    static AdForm blank(Category category) {
        return new AdForm("", "", category, "", "", Level.ANY, Commitment.HOBBY, false, false, "", null, "");
    }

    /** The form showing an existing ad. */
    static AdForm of(Ad ad) {
        var d = ad.details();
        return new AdForm(d.title(), d.description(), d.category(), String.join(", ", d.instruments()),
                String.join(", ", d.genres()), d.level(), d.commitment(), d.paid(), ad.where() == null,
                ad.where() == null ? "" : ad.where().city(), ad.where() == null ? null : ad.where().placeId(),
                String.join("\n", d.mediaLinks()));
    }
}
