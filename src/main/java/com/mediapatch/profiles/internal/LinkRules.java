package com.mediapatch.profiles.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which addresses each profile link field accepts: http(s) only, and for the platform
 * links only that platform's hosts, so a "Spotify" link cannot lead somewhere else.
 */
public final class LinkRules {

    private static final Map<String, String[]> HOSTS = Map.of(
            "youtube", new String[] {"youtube.com", "youtu.be"},
            "spotify", new String[] {"open.spotify.com"},
            "soundcloud", new String[] {"soundcloud.com"},
            "bandcamp", new String[] {"bandcamp.com"},
            "instagram", new String[] {"instagram.com"},
            "vimeo", new String[] {"vimeo.com"});

    private LinkRules() {
    }

    /** Why {@code url} does not fit the {@code field}, or empty when it does (or is blank). */
    public static Optional<String> problemWith(String field, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("Enter a full address starting with https://");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("Enter a full address starting with https://");
        }
        String[] allowed = HOSTS.get(field);
        if (allowed != null && !hostMatches(uri.getHost().toLowerCase(Locale.ROOT), allowed)) {
            return Optional.of("This should be a link to " + allowed[0] + ".");
        }
        return Optional.empty();
    }

    private static boolean hostMatches(String host, String[] allowed) {
        for (String domain : allowed) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }
}
