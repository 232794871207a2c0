package com.mediapatch.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises links to YouTube, Spotify, SoundCloud, Vimeo and Bandcamp. Parsing is strict:
 * http(s) only, no user info or odd ports, exact hosts from an allowlist, ids matched by
 * anchored patterns; anything else is not an embed and stays a plain (escaped) link.
 */
public final class Embeds {

    /** The player origins the page's CSP {@code frame-src} allows; nothing else is framed. */
    public static final List<String> PLAYER_ORIGINS = List.of("https://www.youtube-nocookie.com",
            "https://open.spotify.com", "https://w.soundcloud.com", "https://player.vimeo.com", "https://bandcamp.com");

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'()\\[\\]]{1,500}");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern YOUTUBE_QUERY_ID = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");
    private static final Pattern SPOTIFY_PATH = Pattern.compile(
            "/(?:intl-[a-z]{2}(?:-[A-Za-z]{2})?/)?(track|album|playlist|episode|show|artist)/([A-Za-z0-9]{22})/?");
    private static final Pattern SOUNDCLOUD_PATH = Pattern.compile("/([a-z0-9_-]{1,100})/(sets/)?([a-z0-9_-]{1,200})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/([0-9]{6,12})/?");
    private static final Pattern BANDCAMP_PLAYER = Pattern.compile("/EmbeddedPlayer/(album|track)=([0-9]{1,12})(?:/.*)?");
    private static final Pattern BANDCAMP_ARTIST_HOST = Pattern.compile("[a-z0-9-]{1,63}\\.bandcamp\\.com");
    private static final Pattern BANDCAMP_PATH = Pattern.compile("/(album|track)/[a-z0-9-]{1,200}/?");
    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "music.youtube.com");

    private Embeds() {
    }

    /** Cards for the provider links in a message, in order, at most three, without duplicates. */
    public static List<Embed> in(String text) {
        List<Embed> found = new ArrayList<>();
        Matcher links = LINK.matcher(text == null ? "" : text);
        while (links.find() && found.size() < 3) {
            String link = links.group().replaceAll("[.,;:!?]+$", "");
            parse(link).filter(e -> found.stream().noneMatch(f -> f.link().equals(e.link()))).ifPresent(found::add);
        }
        return found;
    }

    /** The card for one link, or empty when it is not a well-formed link to a supported provider. */
    public static Optional<Embed> parse(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawUserInfo() != null || uri.getHost() == null
                || uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80 || uri.isOpaque()) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String canonical = "https://" + host + path + (query.isEmpty() ? "" : "?" + query);
        return Optional.ofNullable(embed(host, path, query, canonical));
    }

    private static Embed embed(String host, String path, String query, String link) {
        if (YOUTUBE_HOSTS.contains(host)) {
            Matcher id = path.equals("/watch") ? YOUTUBE_QUERY_ID.matcher(query) : YOUTUBE_PATH.matcher(path);
            boolean ok = path.equals("/watch") ? id.find() : id.matches();
            return ok ? new Embed("YouTube", link, "https://www.youtube-nocookie.com/embed/" + id.group(1)) : null;
        }
        if (host.equals("youtu.be") && path.length() > 1 && YOUTUBE_ID.matcher(path.substring(1)).matches()) {
            return new Embed("YouTube", link, "https://www.youtube-nocookie.com/embed/" + path.substring(1));
        }
        if (host.equals("open.spotify.com")) {
            Matcher m = SPOTIFY_PATH.matcher(path);
            return m.matches() ? new Embed("Spotify", link, "https://open.spotify.com/embed/" + m.group(1) + "/" + m.group(2))
                    : null;
        }
        if (host.equals("soundcloud.com") || host.equals("www.soundcloud.com")) {
            Matcher m = SOUNDCLOUD_PATH.matcher(path);
            if (!m.matches()) {
                return null;
            }
            String track = "https://soundcloud.com/" + m.group(1) + "/" + (m.group(2) == null ? "" : "sets/") + m.group(3);
            return new Embed("SoundCloud", link,
                    "https://w.soundcloud.com/player/?url=" + URLEncoder.encode(track, StandardCharsets.UTF_8));
        }
        if (host.equals("vimeo.com") || host.equals("www.vimeo.com")) {
            Matcher m = VIMEO_PATH.matcher(path);
            return m.matches() ? new Embed("Vimeo", link, "https://player.vimeo.com/video/" + m.group(1)) : null;
        }
        if (host.equals("bandcamp.com")) {
            Matcher m = BANDCAMP_PLAYER.matcher(path);
            return m.matches() ? new Embed("Bandcamp", link,
                    "https://bandcamp.com/EmbeddedPlayer/" + m.group(1) + "=" + m.group(2) + "/size=large/tracklist=false/")
                    : null;
        }
        if (BANDCAMP_ARTIST_HOST.matcher(host).matches() && BANDCAMP_PATH.matcher(path).matches()) {
            // Bandcamp's player needs a numeric album or track id that artist-page links do not carry.
            return new Embed("Bandcamp", link, null);
        }
        return null;
    }
}
