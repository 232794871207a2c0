package com.mediapatch.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTests {

    @Test
    void keepsBoldItalicCodeLinksAndLineBreaks() {
        String html = MessageText.toSafeHtml("**loud** _soft_ `riff`\nnext line https://example.org");
        assertThat(html).contains("<strong>loud</strong>", "<em>soft</em>", "<code>riff</code>", "<br />")
                .contains("href=\"https://example.org\"").contains("rel=\"nofollow noopener noreferrer ugc\"");
    }

    @Test
    void dropsHeadingsImagesListsAndRawHtml() {
        String html = MessageText.toSafeHtml("# Title\n\n![x](https://example.org/x.png)\n\n- item\n\n<script>alert(1)</script>"
                + "<img src=x onerror=alert(1)> [click](javascript:alert(1))");
        assertThat(html).doesNotContain("<h1", "<img", "<ul", "<li", "<script", "javascript:", "onerror=\"");
        assertThat(html).contains("# Title", "&lt;script&gt;");
    }

    @Test
    void previewsShowTheWordsWithoutMarkdownMarks() {
        assertThat(MessageText.toPlainText("Here's the **demo**:\n_bridge_ needs `more reverb`"))
                .isEqualTo("Here's the demo: bridge needs \"more reverb\"");
    }
}
