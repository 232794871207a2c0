/**
 * Opt-in demo data: with {@code mediapatch.demo.enabled=true} (env MEDIAPATCH_DEMO_ENABLED)
 * a small, believable community is seeded on first start, so a newcomer sees a living site:
 * this module creates the members, and every module adds its own part through a
 * {@link com.mediapatch.demo.DemoData} bean in its own package.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"identity", "profiles"})
package com.mediapatch.demo;

import org.springframework.modulith.ApplicationModule;
