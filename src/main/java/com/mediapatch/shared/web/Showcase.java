package com.mediapatch.shared.web;

import java.util.Objects;

/**
 * What a module offers, shown to visitors on the home page with a link to the page where it
 * lives. Declared as a bean by that module, so the home page advertises only what exists.
 *
 * @param title the feature, in a few words
 * @param text what a member does with it, in one sentence
 * @param path where it lives (a route constant of the contributing module)
 * @param order where it stands: lower first
 */
public record Showcase(String title, String text, String path, int order) {

    public Showcase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
    }

    /** Whether the link leaves the site's shell (the API documentation under /api/), so htmx must not boost it. */
    public boolean leavesShell() {
        return path.startsWith("/api/");
    }
}
