package com.mediapatch.classifieds;

import com.mediapatch.shared.ProblemType;

/** A posting rule refused what the member asked: too many active ads, the same text twice, a step that does not fit. */
public class AdRefused extends ClassifiedsProblem {

    public AdRefused(ProblemType type) {
        super(type, type.description());
    }
}
