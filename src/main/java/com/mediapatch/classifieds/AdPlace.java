package com.mediapatch.classifieds;

/**
 * The city an ad is about, copied from the gazetteer when the owner picked it.
 *
 * @param placeId the gazetteer id (see the places module)
 * @param city its name
 * @param country ISO 3166 alpha-2 code
 * @param latitude for distances
 * @param longitude for distances
 */
public record AdPlace(long placeId, String city, String country, double latitude, double longitude) {

    public String label() {
        return city + ", " + country;
    }
}
