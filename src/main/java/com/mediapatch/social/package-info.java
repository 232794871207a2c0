/**
 * Who is connected to whom: friend requests and friendships, blocks (which act both ways and
 * hide each member from the other) and mutes (which hide without blocking). Implements
 * {@link com.mediapatch.social.SocialGraph} for other modules and the profiles module's view rules.
 */
@ApplicationModule(displayName = "Social", allowedDependencies = {"shared", "shared :: web", "identity", "profiles",
        "notifications", "demo"})
package com.mediapatch.social;

import org.springframework.modulith.ApplicationModule;
