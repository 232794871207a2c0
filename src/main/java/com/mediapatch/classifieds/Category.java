package com.mediapatch.classifieds;

import java.util.Arrays;
import java.util.Optional;

/** The seven kinds of ad, each with the slug its listing lives under. */
public enum Category {

    MUSICIANS_AVAILABLE("musicians-available", "Musicians available"),
    MUSICIANS_WANTED("musicians-wanted", "Musicians wanted"),
    BANDS_LOOKING("bands-looking-for-members", "Bands looking for members"),
    BANDS_AVAILABLE("bands-available", "Bands available"),
    COLLABORATORS("collaborators", "Collaborators"),
    SERVICES("services", "Services"),
    GEAR("gear", "Gear");

    private final String slug;
    private final String label;

    Category(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** The category with this slug, if any. */
    public static Optional<Category> bySlug(String slug) {
        return Arrays.stream(values()).filter(category -> category.slug.equals(slug)).findFirst();
    }
}
