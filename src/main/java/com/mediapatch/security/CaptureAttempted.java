package com.mediapatch.security;

import java.time.Instant;

/**
 * A security event: someone pressed a screenshot key (PrintScreen, or the macOS capture
 * shortcuts when the browser sees them) while a page showed protected content. The browser
 * reports it, so it proves nothing and prevents nothing: operating-system tools and cameras
 * go unseen. It tells the audit log and incident response who was looking at what when a
 * leak surfaces, next to the watermark on the leaked image. Counted in
 * {@code mediapatch.security.capture.attempts}.
 *
 * @param client member id, or client address when nobody is signed in
 * @param path the shape of the page's path the browser reported: segments that are not plain identifiers read "*"
 * @param userAgent the browser's User-Agent, at most 300 characters, or null
 * @param at when the report arrived
 */
public record CaptureAttempted(String client, String path, String userAgent, Instant at) {
}
