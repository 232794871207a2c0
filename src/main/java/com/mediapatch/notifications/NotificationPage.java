package com.mediapatch.notifications;

import java.util.List;

/**
 * A page of a member's notifications, newest first.
 *
 * @param items the notifications on this page
 * @param next the cursor of the following page, or null on the last page
 */
public record NotificationPage(List<Notification> items, String next) {
}
