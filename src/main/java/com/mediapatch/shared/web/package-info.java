/**
 * What every screen shares: the {@link com.mediapatch.shared.web.Shell} handed to the
 * layout template, toasts that survive a redirect, and recognising htmx requests so one
 * handler serves both the full page and its fragment.
 */
@NamedInterface("web")
package com.mediapatch.shared.web;

import org.springframework.modulith.NamedInterface;
