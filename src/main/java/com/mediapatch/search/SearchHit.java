package com.mediapatch.search;

import java.util.Objects;

/**
 * One thing a site search found, as plain text the page escapes.
 *
 * @param title what it is called (a member's name, an ad's title)
 * @param path where it is on this site, a path starting with a single slash
 * @param summary a short line saying more (a city, tags), or empty
 * @param kind what sort of thing it is, as a label ({@code Member}, {@code Gear})
 */
public record SearchHit(String title, String path, String summary, String kind) {

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        summary = summary == null ? "" : summary;
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A search hit links to a path on this site, not " + path);
        }
    }
}
