/**
 * The one real-time channel of a signed-in member: a Server-Sent Events stream per browser tab
 * that every module publishes typed events to (messages, notifications, later job progress),
 * with catch-up after reconnecting and a Redis relay between app nodes.
 */
@ApplicationModule(displayName = "Live", allowedDependencies = {"shared", "shared :: web", "identity", "operations"})
package com.mediapatch.live;

import org.springframework.modulith.ApplicationModule;
