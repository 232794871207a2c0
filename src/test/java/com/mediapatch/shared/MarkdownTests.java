package com.mediapatch.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

    private static final Pattern TAG = Pattern.compile("<[a-z][^>]*>");

    @Test
    void formattingListsAndLinksSurvive() {
        String html = Markdown.toSafeHtml("**Drummer** wanted\n\n- gigs\n- demos\n\n[our site](https://example.org)");

        assertThat(html).contains("<strong>Drummer</strong>", "<li>gigs</li>", "href=\"https://example.org\"");
    }

    @Test
    void linksAreMarkedAsUserContentWithoutReferrer() {
        assertThat(Markdown.toSafeHtml("https://example.org/band")).contains("rel=\"nofollow noopener noreferrer ugc\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "![x](x\" onerror=\"alert(1))",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\"><script>alert(1)</script>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>"})
    void hostileInputIsRenderedInert(String payload) {
        String html = Markdown.toSafeHtml(payload).toLowerCase();

        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "<img", "<input", "<body", "<details", "<math");
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(tags.group()).as("tag rendered from " + payload)
                    .doesNotContain("javascript:", "data:", "style=").doesNotContainPattern("\\son\\w+=");
        }
    }

    @Test
    void blankInputRendersNothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("   ")).isEmpty();
    }
}
