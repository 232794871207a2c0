package com.mediapatch.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationFilter;
import com.mediapatch.notifications.NotificationRaised;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns raised notifications into stored ones. Drops those with a link that leaves the site,
 * those from an actor the recipient muted or that crosses a block, and kinds the recipient
 * turned off; marks the ones they want by email for the next digest.
 */
@Component
class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_TEXT = 500;

    private final NotificationStore store;
    private final NotificationPreferences preferences;
    private final NotificationKinds kinds;
    private final List<NotificationFilter> filters;
    private final BellUpdates bell;
    private final Clock clock;

    NotificationIntake(NotificationStore store, NotificationPreferences preferences, NotificationKinds kinds,
            List<NotificationFilter> filters, BellUpdates bell, Clock clock) {
        this.kinds = kinds;
        this.store = store;
        this.bell = bell;
        this.preferences = preferences;
        this.filters = List.copyOf(filters);
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "notifications.on-notification-raised")
    void on(NotificationRaised event) {
        accept(event);
    }

    /** Stores the notification if it should be; returns whether it was. */
    boolean accept(NotificationRaised event) {
        if (event.recipient() == null || event.kind() == null || !KIND.matcher(event.kind()).matches()
                || event.text() == null || event.text().isBlank() || !isLocalPath(event.link())) {
            log.warn("Dropped a malformed notification of kind {}", event.kind());
            return false;
        }
        if (event.actor() != null && !event.actor().equals(event.recipient()) && suppressed(event)) {
            return false;
        }
        Delivery delivery = kinds.ofSlug(event.kind())
                .map(kind -> preferences.of(event.recipient(), kind)).orElse(Delivery.IN_APP);
        if (delivery == Delivery.OFF) {
            return false;
        }
        String text = event.text().strip();
        Instant at = event.at() == null ? clock.instant() : event.at();
        store.add(idOf(event, at), event.recipient(), event.kind(),
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text, event.link(), event.actor(),
                at, delivery == Delivery.EMAIL);
        bell.changed(event.recipient());
        return true;
    }

    /** The same for the same event, so an event delivered twice (after a crash) is stored once. */
    private static UUID idOf(NotificationRaised event, Instant at) {
        String identity = event.recipient().value() + "|" + event.kind() + "|" + at + "|" + event.link();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }

    private boolean suppressed(NotificationRaised event) {
        return filters.stream().anyMatch(filter -> filter.suppresses(event.recipient(), event.actor()));
    }

    /** A path on this site: one leading slash, not "//host" nor "/\host", no control characters. */
    static boolean isLocalPath(String link) {
        return link != null && link.length() <= 500 && link.startsWith("/") && !link.startsWith("//")
                && !link.startsWith("/\\") && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
