package com.mediapatch.classifieds;

/** No such saved search among the caller's own. */
public class SavedSearchNotFound extends ClassifiedsProblem {

    public SavedSearchNotFound() {
        super(SAVED_SEARCH_NOT_FOUND, SAVED_SEARCH_NOT_FOUND.description());
    }
}
