package com.mediapatch.profiles.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.mediapatch.profiles.ProfileRoutes;

/**
 * The parts of the profile editor, each saved on its own: the fields a section posts are the
 * only ones its save changes. Location is the city picker: the city, its country and the id of
 * the place picked (coordinates come from the place, never from the form).
 */
public enum EditorSection {
    BASICS("Basics", Set.of("displayName", "handle")),
    ABOUT("About", Set.of("bio")),
    CRAFT("Skills & genres", Set.of("disciplines", "skills", "genres")),
    AVAILABLE("Available for", Set.of("availableFor")),
    LINKS("Links", Set.of("website", "youtube", "spotify", "soundcloud", "bandcamp", "vimeo", "instagram")),
    LOCATION("Location", Set.of("city", "country", "placeId")),
    PRIVACY("Privacy & theme", Set.of("visibility", "theme"));

    private final String title;
    private final Set<String> fields;

    EditorSection(String title, Set<String> fields) {
        this.title = title;
        this.fields = fields;
    }

    public String title() {
        return title;
    }

    Set<String> fields() {
        return fields;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section's DOM id, which its save swaps in place. */
    public String domId() {
        return "section-" + slug();
    }

    public String path() {
        return ProfileRoutes.section(slug());
    }

    static Optional<EditorSection> ofSlug(String slug) {
        return Arrays.stream(values()).filter(section -> section.slug().equals(slug)).findFirst();
    }
}
