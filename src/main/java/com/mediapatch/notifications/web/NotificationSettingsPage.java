package com.mediapatch.notifications.web;

import java.util.List;
import java.util.Map;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

/**
 * Notification settings: a delivery choice per kind.
 *
 * @param choices the member's current (or just submitted) choice per kind
 * @param problem what was wrong with the last submission, or null
 */
public record NotificationSettingsPage(Map<NotificationKind, Delivery> choices, String problem) {

    public List<NotificationKind> kinds() {
        return List.of(NotificationKind.values());
    }

    public List<Delivery> deliveries() {
        return List.of(Delivery.values());
    }

    public boolean chosen(NotificationKind kind, Delivery delivery) {
        return choices.get(kind) == delivery;
    }
}
