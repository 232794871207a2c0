package com.mediapatch.profiles.internal;

/**
 * Where in the results a directory page starts: a handle in name order (browsing and the database
 * path) or a page number of ranked results (the index path). Unknown values start at the beginning.
 *
 * @param after the page starts after this member's handle, or null
 * @param before the page ends before this member's handle, or null
 * @param page the page of ranked results, from 1
 */
public record DirectoryCursor(String after, String before, int page) {

    public static DirectoryCursor first() {
        return new DirectoryCursor(null, null, 1);
    }
}
