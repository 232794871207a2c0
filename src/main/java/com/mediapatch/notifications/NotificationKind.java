package com.mediapatch.notifications;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of notification a member can choose a {@link Delivery} for, with the default used until
 * they choose. Each module declares the kinds it raises as beans of this type in its own package;
 * the settings page, delivery rules, digest and API offer every declared kind.
 *
 * @param slug what {@link NotificationRaised#kind()} carries and preferences are stored under
 * @param label how the settings page names it
 * @param byDefault the delivery until the member chooses
 * @param order where it appears on the settings page, lowest first
 */
public record NotificationKind(String slug, String label, Delivery byDefault, int order) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public NotificationKind {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(byDefault, "byDefault");
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A notification kind slug is lower-case letters, digits and dashes: " + slug);
        }
    }
}
