/**
 * Who members are to the system: accounts with verified email addresses, passwords,
 * sign-in and sign-out, password reset, brute-force protection and server-side sessions.
 * Other modules learn about members through {@link com.mediapatch.identity.AccountId},
 * the signed-in {@link com.mediapatch.identity.Member} and the events published here.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "shared :: web", "operations", "security", "vault"})
package com.mediapatch.identity;

import org.springframework.modulith.ApplicationModule;
