/**
 * How members present themselves: a unique handle, display name, photo and banner, bio, creative
 * disciplines, skills, genres, what they are available for, location and links (played on click),
 * with a privacy setting deciding who may see it. A profile is created for every new account and
 * is found by handle or account id.
 */
@ApplicationModule(displayName = "Profiles", allowedDependencies = {"shared", "shared :: web", "identity",
        "operations", "audit", "places", "search"})
package com.mediapatch.profiles;

import org.springframework.modulith.ApplicationModule;
