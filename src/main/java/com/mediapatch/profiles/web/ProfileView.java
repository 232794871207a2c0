package com.mediapatch.profiles.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileImageSize;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.shared.Embed;
import com.mediapatch.shared.Embeds;
import com.mediapatch.shared.Markdown;

/**
 * A profile as shown on its page: safe HTML for the bio, players for the work and labelled links.
 *
 * @param summary who
 * @param details what they wrote
 * @param bioHtml the bio, rendered and sanitized
 * @param bannerPath where the banner is served, or null without one
 */
public record ProfileView(ProfileSummary summary, ProfileDetails details, String bioHtml, String bannerPath) {

    /** A labelled outbound link. */
    public record Link(String label, String url) {
    }

    static ProfileView of(ProfileSummary summary, ProfileDetails details, UUID banner) {
        return new ProfileView(summary, details, Markdown.toSafeHtml(details.bio()),
                banner == null ? null : ProfileRoutes.image(summary.handle(), banner, ProfileImageSize.BANNER));
    }

    /** True when the owner does not show it to everyone: such profiles are protected from screen capture. */
    public boolean restricted() {
        return details.visibility() != Visibility.EVERYONE;
    }

    public String photoPath() {
        return summary.photoPath(ProfileImageSize.PHOTO);
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

    /**
     * The work: a card per media link, with a player loaded only when the visitor asks; links a player
     * cannot show (a channel, a Bandcamp artist page) are cards with the link alone.
     */
    public List<Embed> players() {
        List<Embed> players = new ArrayList<>();
        addPlayer(players, "YouTube", details.youtube());
        addPlayer(players, "Spotify", details.spotify());
        addPlayer(players, "SoundCloud", details.soundcloud());
        addPlayer(players, "Bandcamp", details.bandcamp());
        addPlayer(players, "Vimeo", details.vimeo());
        return players;
    }

    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        add(links, "Website", details.website());
        add(links, "Instagram", details.instagram());
        return links;
    }

    private static void addPlayer(List<Embed> players, String provider, String url) {
        if (url != null) {
            players.add(Embeds.parse(url).orElseGet(() -> new Embed(provider, url, null)));
        }
    }

    private static void add(List<Link> links, String label, String url) {
        if (url != null) {
            links.add(new Link(label, url));
        }
    }
}
