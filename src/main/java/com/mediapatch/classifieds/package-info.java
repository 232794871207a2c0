/**
 * Classified ads: musicians, bands, collaborators, services and gear offered or wanted. Owns the
 * ads with their lifecycle (draft, published for 30 days unless renewed, closed when filled),
 * the limits on posting, the edit history moderators read, the listings and the ads API.
 */
@ApplicationModule(displayName = "Classifieds", allowedDependencies = {"shared", "shared :: web", "identity",
        "profiles", "places", "search", "ai", "messaging", "moderation", "notifications", "audit", "demo"})
package com.mediapatch.classifieds;

import org.springframework.modulith.ApplicationModule;
