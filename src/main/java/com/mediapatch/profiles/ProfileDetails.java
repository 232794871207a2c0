package com.mediapatch.profiles;

import java.util.List;


/**
 * Everything a member can say about themselves, already checked by the edit form.
 *
 * @param handle unique URL name
 * @param displayName shown name
 * @param bio Markdown source
 * @param disciplines creative disciplines
 * @param skills instruments and skills
 * @param genres genres and styles
 * @param city city, free text
 * @param country ISO 3166 alpha-2 code
 * @param latitude optional, for distance matching
 * @param longitude optional, for distance matching
 * @param placeId the gazetteer place the city was picked from (see the places module), or null
 * @param website personal site
 * @param youtube YouTube channel
 * @param spotify Spotify artist page
 * @param soundcloud SoundCloud page
 * @param bandcamp Bandcamp page
 * @param instagram Instagram page
 * @param vimeo Vimeo page or video
 * @param availableFor what the member is open to (stored as tags of kind AVAILABLE, like skills and genres)
 * @param visibility who may see the profile
 * @param theme preferred colour theme
 */
public record ProfileDetails(String handle, String displayName, String bio, List<Discipline> disciplines,
        List<String> skills, List<String> genres, String city, String country, Double latitude, Double longitude,
        Long placeId, String website, String youtube, String spotify, String soundcloud, String bandcamp,
        String instagram, String vimeo, List<Availability> availableFor, Visibility visibility, Theme theme) {

    public ProfileDetails {
        disciplines = List.copyOf(disciplines);
        skills = List.copyOf(skills);
        genres = List.copyOf(genres);
        availableFor = List.copyOf(availableFor);
    }
}
