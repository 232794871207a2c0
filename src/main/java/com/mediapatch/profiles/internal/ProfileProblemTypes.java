package com.mediapatch.profiles.internal;

import java.util.List;

import com.mediapatch.profiles.ImageRefused;
import com.mediapatch.profiles.ProfileForFriendsOnly;
import com.mediapatch.profiles.ProfileForMembersOnly;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.stereotype.Component;

/** Publishes the profile problem types so their URIs resolve to explanations. */
@Component
class ProfileProblemTypes implements ProblemTypes {

    @Override
    public List<ProblemType> types() {
        return List.of(ProfileForMembersOnly.TYPE, ProfileForFriendsOnly.TYPE, ImageRefused.TYPE);
    }
}
