package com.mediapatch.classifieds;

/** A category slug that names none of the seven. */
public class CategoryNotFound extends ClassifiedsProblem {

    public CategoryNotFound() {
        super(CATEGORY_NOT_FOUND, CATEGORY_NOT_FOUND.description());
    }
}
