/**
 * God Mode: the two super-admins' dashboard and override console. Member management,
 * impersonation, site-wide modes and announcements, and the audit log browser and verifier.
 * Every action needs a recent second-factor check and is written to the audit log.
 */
@ApplicationModule(displayName = "God Mode",
        allowedDependencies = {"shared", "shared :: web", "identity", "profiles", "audit", "vault"})
package com.mediapatch.godmode;

import org.springframework.modulith.ApplicationModule;
