package com.mediapatch.classifieds.web;

/**
 * A search of the live ads as a page or API request states it; every part optional and read leniently
 * (see {@link AdSearchReader}), except an unknown category, which is answered 404.
 *
 * @param q words
 * @param category a category slug
 * @param instrument one instrument or role
 * @param genre one genre
 * @param within day, week or month
 * @param near a place id from the city picker
 * @param city a city name, used when no place id came (without the picker's script)
 * @param radius kilometres around the place, clamped to 1..500
 * @param after the cursor of the page to read (database listing and API)
 * @param page the page number of ranked results from the search index, 1 to 20
 */
public record AdSearch(String q, String category, String instrument, String genre, String within, String near,
        String city, String radius, String after, String page) {
}
