/**
 * Opt-in demo data: with {@code mediapatch.demo.enabled=true} (env MEDIAPATCH_DEMO_ENABLED)
 * a small, believable community is seeded through the other modules' public APIs on first
 * start, so a newcomer sees a living site. It grows as modules land.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"identity", "profiles", "social", "messaging"})
package com.mediapatch.demo;

import org.springframework.modulith.ApplicationModule;
