package com.mediapatch.classifieds.web;

import java.util.List;

import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.SavedSearch;

/**
 * The member's saved searches, each with a link that runs it and a button that deletes it.
 *
 * @param searches newest first
 */
public record SavedSearchesPage(List<SavedSearch> searches) {

    public String run(SavedSearch search) {
        return ListingPage.link(search.query(), "q", search.query().words());
    }

    public String delete(SavedSearch search) {
        return ClassifiedsRoutes.deleteSaved(search.id());
    }
}
