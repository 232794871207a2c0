/**
 * Direct messages and group chats between members: conversations, messages encrypted at rest,
 * edit history for moderators, unread counts, read receipts, privacy rules on who may write,
 * link cards with click-to-load players; its live events (new messages, edits, typing, receipts)
 * travel over the live channel.
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = {"shared", "shared :: web", "identity", "profiles",
        "social", "vault", "notifications", "operations", "live", "demo"})
package com.mediapatch.messaging;

import org.springframework.modulith.ApplicationModule;
