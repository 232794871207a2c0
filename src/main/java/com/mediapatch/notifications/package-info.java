/**
 * What members are told: every module raises {@link com.mediapatch.notifications.NotificationRaised}
 * and this module stores it for the notification centre, drops it when the member muted or
 * blocked its actor or turned the kind off, mails the rest in a periodic digest,
 * and rings the bell of the member's open tabs over the live channel.
 */
@ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "shared :: web", "identity", "operations", "live"})
package com.mediapatch.notifications;

import org.springframework.modulith.ApplicationModule;
