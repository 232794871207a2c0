/**
 * How members present themselves: a unique handle, display name, bio, creative disciplines,
 * skills, genres, location and links, with a privacy setting deciding who may see it.
 * A profile is created for every new account and is found by handle or account id.
 */
@ApplicationModule(displayName = "Profiles", allowedDependencies = {"shared", "shared :: web", "identity", "search"})
package com.mediapatch.profiles;

import org.springframework.modulith.ApplicationModule;
