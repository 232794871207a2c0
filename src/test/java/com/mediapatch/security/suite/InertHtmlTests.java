package com.mediapatch.security.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's XSS oracle must itself catch what it claims to catch, or every XSS test is hollow. */
class InertHtmlTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<script src=\"/js/app.js\">alert(1)</script>",
            "<script src=\"https://evil.example/x.js\"></script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<form action=\"javascript:alert(1)\"></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<iframe src=\"/\"></iframe>",
            "<iframe srcdoc=\"hi\"></iframe>",
            "<object data=\"x\"></object>",
            "<embed src=\"x\">",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<div hx-delete=\"/settings/sessions\" hx-vals=\"{}\">x</div>",
            "<div hx-on:click=\"alert(1)\">x</div>"})
    void flagsMarkupThatCouldRunCode(String html) {
        assertThat(InertHtml.problemsIn("<!doctype html><html><body>" + html + "</body></html>")).isNotEmpty();
    }

    @Test
    void acceptsTheSitesOwnScriptsAndEscapedPayloads() {
        String page = "<!doctype html><html><head><script src=\"/js/app.js\" defer></script></head>"
                + "<body hx-boost=\"true\"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
                + "<input value=\"&quot; onmouseover=&quot;alert(1)\"><a href=\"https://example.org/?q=javascript:x\">ok</a>"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"\"></body></html>";

        assertThat(InertHtml.problemsIn(page)).isEmpty();
    }
}
