package com.mediapatch.classifieds.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.profiles.ProfileSummary;

/**
 * One ad in a list: the ad, who posted it, and why it is shown to this viewer (matches only).
 *
 * @param ad the ad
 * @param owner its author, or null when their profile is not shown
 * @param reason “plays bass · 12 km · doom, sludge” for matches, or null
 */
public record AdCard(Ad ad, ProfileSummary owner, String reason) {

    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    public String path() {
        return ClassifiedsRoutes.ad(ad.id());
    }

    /** The day it was published, e.g. “5 Dec 2026”. */
    public String posted() {
        return ad.publishedAt() == null ? "" : POSTED.format(ad.publishedAt());
    }

    /** The first words of the description, as plain text. */
    public String excerpt() {
        String plain = ad.details().description().replaceAll("[#*_>`\\[\\]]+", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 160 ? plain : plain.substring(0, 157).strip() + "\u2026";
    }
}
