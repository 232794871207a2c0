package com.mediapatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmbedsTests {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/shorts/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC, https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC",
            "https://open.spotify.com/intl-de/album/1DFixLWuPkv3KT3TnV35m3, https://open.spotify.com/embed/album/1DFixLWuPkv3KT3TnV35m3",
            "https://soundcloud.com/night-owls/first-light, https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fnight-owls%2Ffirst-light",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://bandcamp.com/EmbeddedPlayer/album=1234567/, https://bandcamp.com/EmbeddedPlayer/album=1234567/size=large/tracklist=false/"
    })
    void providerLinksBecomePlayersOnTheirOwnEmbedOrigin(String link, String player) {
        Embed embed = Embeds.parse(link).orElseThrow();
        assertThat(embed.playerUrl()).isEqualTo(player);
        assertThat(Embeds.PLAYER_ORIGINS).anyMatch(origin -> embed.playerUrl().startsWith(origin + "/"));
    }

    @Test
    void bandcampArtistPagesAreCardsWithoutPlayer() {
        Embed embed = Embeds.parse("https://nightowls.bandcamp.com/album/first-light").orElseThrow();
        assertThat(embed.provider()).isEqualTo("Bandcamp");
        assertThat(embed.playable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://evil.example/?https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQextra",
            "https://www.youtube.com/embed/../../evil",
            "https://youtu.be/dQw4w9WgXcQ/../x",
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC%2F..%2Fevil",
            "https://open.spotify.com/user/4uLU6hMCjMI75M1A2tKUQC",
            "https://soundcloud.com/a/b/c/d",
            "https://soundcloud.com/night-owls/%22onload=alert(1)",
            "https://vimeo.com/123",
            "https://vimeo.com/76979871?autoplay=1#<x>",
            "https://bandcamp.com/EmbeddedPlayer/album=abc/",
            "https://evil.bandcamp.com.example/album/x",
            "ftp://vimeo.com/76979871",
            "data:text/html,<iframe src=https://vimeo.com/76979871>",
            "//vimeo.com/76979871",
            "https://xn--yutube-wqf.com/watch?v=dQw4w9WgXcQ",
            "not a url at all",
            ""
    })
    void hostileOrMalformedLinksAreNotEmbeds(String link) {
        assertThat(Embeds.parse(link)).isEmpty();
    }

    @Test
    void findsAtMostThreeCardsInAMessageAndIgnoresTrailingPunctuation() {
        String text = "Listen: https://youtu.be/dQw4w9WgXcQ, and https://vimeo.com/76979871. Also https://youtu.be/dQw4w9WgXcQ "
                + "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC https://soundcloud.com/a/b";
        assertThat(Embeds.in(text)).extracting(Embed::provider).containsExactly("YouTube", "Vimeo", "Spotify");
    }
}
