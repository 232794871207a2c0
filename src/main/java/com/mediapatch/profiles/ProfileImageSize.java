package com.mediapatch.profiles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The renditions kept of a member's photo and banner: every upload is re-encoded to these
 * bounded sizes, so what is served is never the uploaded file itself.
 */
public enum ProfileImageSize {
    /** The square photo on the profile page. */
    PHOTO(400, 400),
    /** The square photo beside a name in lists and cards. */
    PHOTO_SMALL(96, 96),
    /** The wide picture across the top of the profile. */
    BANNER(1500, 500);

    private final int width;
    private final int height;

    ProfileImageSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** How the size is named in addresses. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProfileImageSize> ofSlug(String slug) {
        return Arrays.stream(values()).filter(size -> size.slug().equals(slug)).findFirst();
    }
}
