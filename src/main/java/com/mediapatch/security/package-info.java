/**
 * Protections every response gets whatever module serves it: the security headers (a
 * Content-Security-Policy with a fresh nonce per request, framing, referrer, permissions and
 * cross-origin isolation). Rate limits, TLS, security events and the screen-capture reports of
 * protected pages join here.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"operations", "shared", "shared :: web"})
package com.mediapatch.security;

import org.springframework.modulith.ApplicationModule;
