package com.mediapatch.notifications.web;

import java.util.List;
import java.util.Map;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

/**
 * Notification settings: a delivery choice per kind.
 *
 * @param choices the member's current choice per declared kind, in settings order
 * @param problem what was wrong with the last submission, or null
 */
public record NotificationSettingsPage(Map<NotificationKind, Delivery> choices, String problem) {

    /** Every declared kind, in settings order. */
    public List<NotificationKind> kinds() {
        return List.copyOf(choices.keySet());
    }

    public List<Delivery> deliveries() {
        return List.of(Delivery.values());
    }

    public boolean chosen(NotificationKind kind, Delivery delivery) {
        return choices.get(kind) == delivery;
    }
}
