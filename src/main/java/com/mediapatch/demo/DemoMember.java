package com.mediapatch.demo;

import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;

/** One member of the demo community, as written in {@link DemoCommunity}. */
record DemoMember(String handle, String name, List<Discipline> disciplines, String skills, String genres,
        String city, String country, double latitude, double longitude, Visibility visibility, String bio,
        String link) {

    String email() {
        return handle + "@demo.mediapatch.test";
    }
}
