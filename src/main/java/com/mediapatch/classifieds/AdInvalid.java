package com.mediapatch.classifieds;

/** An ad sent through the API with fields that cannot be accepted; the detail names each problem. */
public class AdInvalid extends ClassifiedsProblem {

    public AdInvalid(String detail) {
        super(INVALID, detail);
    }
}
