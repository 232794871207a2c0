package com.mediapatch.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a User-Agent header into what a person recognises ("Firefox on Linux"). Only the
 * families people need to tell their own devices apart; everything else is "a browser".
 */
final class Devices {

    private static final Map<String, String> BROWSERS = new LinkedHashMap<>();
    private static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

    static {
        BROWSERS.put("Edg/", "Edge");
        BROWSERS.put("OPR/", "Opera");
        BROWSERS.put("Firefox/", "Firefox");
        BROWSERS.put("Chrome/", "Chrome");
        BROWSERS.put("Chromium/", "Chromium");
        BROWSERS.put("Safari/", "Safari");
        BROWSERS.put("curl/", "curl");
        SYSTEMS.put("Android", "Android");
        SYSTEMS.put("iPhone", "iPhone");
        SYSTEMS.put("iPad", "iPad");
        SYSTEMS.put("Windows", "Windows");
        SYSTEMS.put("Mac OS X", "macOS");
        SYSTEMS.put("CrOS", "ChromeOS");
        SYSTEMS.put("Linux", "Linux");
    }

    private Devices() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String browser = firstMatch(BROWSERS, userAgent, "A browser");
        String system = firstMatch(SYSTEMS, userAgent, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String firstMatch(Map<String, String> names, String userAgent, String otherwise) {
        return names.entrySet().stream().filter(entry -> userAgent.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(otherwise);
    }
}
