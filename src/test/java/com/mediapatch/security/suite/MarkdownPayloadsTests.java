package com.mediapatch.security.suite;

import java.util.List;
import java.util.stream.Stream;

import com.mediapatch.shared.Markdown;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever members write in Markdown, the HTML that comes out can only format text and link over http(s). */
class MarkdownPayloadsTests {

    static Stream<String> payloads() {
        return Stream.concat(Payloads.xss().stream(), Payloads.markdown().stream());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void renderedMarkdownIsInert(String payload) {
        String html = Markdown.toSafeHtml(payload);

        InertHtml.assertInert(html, "in Markdown rendered from " + payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void linksLeadOnlyToWebAndMailAddresses(String payload) {
        List<String> targets = Jsoup.parseBodyFragment(Markdown.toSafeHtml(payload)).select("[href], [src]").stream()
                .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src")).toList();

        // An emptied href (what a refused URL becomes) only links back to the page itself.
        assertThat(targets).allMatch(url -> url.isEmpty() || url.matches("(?i)(https?://|mailto:).*"),
                "http(s), mailto or emptied");
    }
}
