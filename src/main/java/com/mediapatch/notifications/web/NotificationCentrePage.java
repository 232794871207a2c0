package com.mediapatch.notifications.web;

import java.util.List;

import com.mediapatch.notifications.Notification;
import com.mediapatch.notifications.internal.NotificationStore;

/**
 * The notification centre: one page of the member's notifications, newest first.
 *
 * @param items the notifications shown
 * @param unread how many are unread in all, counted up to {@link NotificationStore#UNREAD_CAP}
 * @param next the cursor of the next (older) page, or null
 * @param paged whether this is not the first page
 */
public record NotificationCentrePage(List<Notification> items, long unread, String next, boolean paged) {

    public String unreadLabel() {
        return NotificationStore.unreadLabel(unread);
    }
}
