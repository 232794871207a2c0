package com.mediapatch.profiles.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkRulesTests {

    @Test
    void platformLinksMustPointAtThatPlatform() {
        assertThat(LinkRules.problemWith("spotify", "https://open.spotify.com/artist/1")).isEmpty();
        assertThat(LinkRules.problemWith("bandcamp", "https://band.bandcamp.com")).isEmpty();
        assertThat(LinkRules.problemWith("youtube", "https://youtu.be/abc")).isEmpty();
        assertThat(LinkRules.problemWith("spotify", "https://evil.example/open.spotify.com")).isPresent();
        assertThat(LinkRules.problemWith("instagram", "https://instagram.com.evil.example/x")).isPresent();
    }

    @Test
    void onlyWebAddressesAreAccepted() {
        assertThat(LinkRules.problemWith("website", "javascript:alert(1)")).isPresent();
        assertThat(LinkRules.problemWith("website", "ftp://example.org")).isPresent();
        assertThat(LinkRules.problemWith("website", "example.org")).isPresent();
        assertThat(LinkRules.problemWith("website", "https://my.site.example/page")).isEmpty();
        assertThat(LinkRules.problemWith("website", "")).isEmpty();
    }
}
