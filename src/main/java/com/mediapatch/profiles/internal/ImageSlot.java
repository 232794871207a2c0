package com.mediapatch.profiles.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mediapatch.profiles.ProfileImageSize;

/** The two pictures a profile has, with the renditions kept of each. */
public enum ImageSlot {
    PHOTO(List.of(ProfileImageSize.PHOTO, ProfileImageSize.PHOTO_SMALL)),
    BANNER(List.of(ProfileImageSize.BANNER));

    private final List<ProfileImageSize> sizes;

    ImageSlot(List<ProfileImageSize> sizes) {
        this.sizes = sizes;
    }

    public List<ProfileImageSize> sizes() {
        return sizes;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImageSlot> ofSlug(String slug) {
        return Arrays.stream(values()).filter(slot -> slot.slug().equals(slug)).findFirst();
    }
}
