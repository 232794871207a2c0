package com.mediapatch.profiles.web;

import java.util.ArrayList;
import java.util.List;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.shared.Markdown;

/**
 * A profile as shown on its page: safe HTML for the bio and labelled links.
 *
 * @param summary who
 * @param details what they wrote
 * @param bioHtml the bio, rendered and sanitized
 */
public record ProfileView(ProfileSummary summary, ProfileDetails details, String bioHtml) {

    /** A labelled outbound link. */
    public record Link(String label, String url) {
    }

    static ProfileView of(ProfileSummary summary, ProfileDetails details) {
        return new ProfileView(summary, details, Markdown.toSafeHtml(details.bio()));
    }

    /** True when the owner does not show it to everyone: such profiles are protected from screen capture. */
    public boolean restricted() {
        return details.visibility() != Visibility.EVERYONE;
    }

    public String location() {
        return locationOf(details);
    }

    static String locationOf(ProfileDetails details) {
        return locationOf(details.city(), details.country());
    }

    static String locationOf(String city, String countryCode) {
        String country = Countries.name(countryCode);
        if (city == null) {
            return country;
        }
        return country == null ? city : city + ", " + country;
    }

    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        add(links, "Website", details.website());
        add(links, "YouTube", details.youtube());
        add(links, "Spotify", details.spotify());
        add(links, "SoundCloud", details.soundcloud());
        add(links, "Bandcamp", details.bandcamp());
        add(links, "Instagram", details.instagram());
        return links;
    }

    private static void add(List<Link> links, String label, String url) {
        if (url != null) {
            links.add(new Link(label, url));
        }
    }
}
