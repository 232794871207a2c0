package com.mediapatch.places;

import java.util.Locale;

import com.mediapatch.places.internal.Folding;

/**
 * A town or city of the bundled gazetteer.
 *
 * @param id the GeoNames id, stable across regenerations of the list
 * @param name the local name, accents kept ('Kraków')
 * @param country ISO 3166 alpha-2 code
 * @param region the GeoNames first-level admin code ('ENG', 'CA', '07'), or empty
 * @param latitude degrees north
 * @param longitude degrees east
 * @param population people living there, as GeoNames counts them
 */
public record Place(long id, String name, String country, String region, double latitude, double longitude,
        int population) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** The English name of the country. */
    public String countryName() {
        return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }

    /** 'Leeds, ENG, United Kingdom'. */
    public String label() {
        return name + ", " + where();
    }

    /** 'ENG, United Kingdom': the region only when its code reads as one (letters, not a number). */
    public String where() {
        boolean readableRegion = region.length() >= 2 && region.chars().allMatch(Character::isLetter);
        return (readableRegion ? region + ", " : "") + countryName();
    }

    /** Whether the typed text names this place, accents, case and spacing aside ('sao paulo' names São Paulo). */
    public boolean isCalled(String typed) {
        return Folding.fold(name).equals(Folding.fold(typed));
    }

    /** Great-circle distance to another place, in kilometres. */
    public double kilometresTo(Place other) {
        return kilometresBetween(latitude, longitude, other.latitude, other.longitude);
    }

    /** Great-circle distance (haversine) between two points given in degrees, in kilometres. */
    public static double kilometresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude1)) * Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
