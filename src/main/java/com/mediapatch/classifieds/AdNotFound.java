package com.mediapatch.classifieds;

/** No such ad, or one the caller may not see (other members' drafts, hidden ads): 404 either way. */
public class AdNotFound extends ClassifiedsProblem {

    public AdNotFound() {
        super(NOT_FOUND, NOT_FOUND.description());
    }
}
