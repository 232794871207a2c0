package com.mediapatch.profiles;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/**
 * No such photo or banner is shown on a profile the viewer may see: the same answer whether the profile, the
 * picture or the size is unknown, or the profile is hidden from the viewer, so a picture reveals nothing.
 */
public class ProfileImageNotFound extends DomainProblem {

    public ProfileImageNotFound() {
        super(ProblemType.NOT_FOUND, "No such picture.");
    }
}
