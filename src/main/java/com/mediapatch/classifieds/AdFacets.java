package com.mediapatch.classifieds;

import java.util.Map;

/**
 * How many found ads fall under each facet value, most first.
 *
 * @param categories by category
 * @param instruments by instrument or role
 * @param genres by genre
 * @param cities by city
 * @param within by how recently they were published
 */
public record AdFacets(Map<Category, Long> categories, Map<String, Long> instruments, Map<String, Long> genres,
        Map<String, Long> cities, Map<AdQuery.PostedWithin, Long> within) {

    public static final AdFacets NONE = new AdFacets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
}
