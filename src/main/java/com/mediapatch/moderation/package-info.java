/**
 * Keeping the community safe: members report members, messages and conversations; reports
 * on the same target gather into one case that moderators claim, discuss and resolve by
 * dismissing, warning, hiding a message or suspending. Every look at reported content and
 * every decision is audited, and reporters hear the outcome without the sanction.
 */
@ApplicationModule(displayName = "Moderation", allowedDependencies = {"shared", "shared :: web", "identity", "profiles",
        "messaging", "notifications", "audit"})
package com.mediapatch.moderation;

import org.springframework.modulith.ApplicationModule;
