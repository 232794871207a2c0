package com.mediapatch.shared.web;

import java.util.Locale;

/**
 * A site-wide line above every page: an announcement, a mode the site is in, or the
 * impersonation banner.
 *
 * @param kind how loudly it is shown
 * @param text plain text (escaped when rendered)
 * @param actionPath where its button posts, or null for no button
 * @param actionLabel the button's label
 */
public record Notice(Kind kind, String text, String actionPath, String actionLabel) {

    /** How a notice looks. */
    public enum Kind {
        ANNOUNCEMENT, WARNING, IMPERSONATION
    }

    public static Notice of(Kind kind, String text) {
        return new Notice(kind, text, null, null);
    }

    public String cssModifier() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
