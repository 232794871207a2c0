package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.Set;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown-lite for messages: bold, italic, inline and fenced code, links and line breaks. No
 * headings, lists, quotes or images: block syntax other than code fences is read as text,
 * raw HTML is escaped, and the result passes an allowlist that knows only these elements.
 */
public final class MessageText {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .enabledBlockTypes(Set.of(FencedCodeBlock.class)).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).softbreak("<br>").build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "code", "pre", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
            .toFactory();

    private MessageText() {
    }

    /** Safe HTML for a message's text. */
    public static String toSafeHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(text)));
    }

    /** A message's text as words only, Markdown marks dropped and lines joined, for previews. */
    public static String toPlainText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return PLAIN.render(PARSER.parse(text)).replaceAll("\\s+", " ").strip();
    }
}
