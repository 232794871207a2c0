package com.mediapatch.shared;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders what members write (CommonMark) to HTML that is safe to put in a page: raw HTML
 * in the source is escaped by the renderer, and the result is run through an allowlist
 * (OWASP Java HTML Sanitizer) that keeps text formatting, lists, quotes, code and http(s)
 * links, marked as user content, not followed by search engines and without a referrer.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "code", "pre", "hr", "br", "ul", "ol", "li")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
                    .toFactory());

    private Markdown() {
    }

    /** Safe HTML for {@code source}; empty for null or blank input. */
    public static String toSafeHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(source));
        return POLICY.sanitize(html);
    }
}
