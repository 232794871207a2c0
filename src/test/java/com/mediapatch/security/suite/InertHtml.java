package com.mediapatch.security.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a response the way a browser would (jsoup's HTML5 parser) and lists everything in it
 * that could run code: scripts other than the site's own files, event handlers, htmx
 * behaviour the site did not write, script URLs, frames and plugins, CSS expressions.
 */
final class InertHtml {

    /** The only scripts the layout loads; no page has inline script. */
    /** The site's own script files: htmx and every file it serves from static/js. */
    static final Set<String> OWN_SCRIPTS = ownScripts();
    /** htmx attributes the site's own templates use; any other hx-* attribute would be injected behaviour. */
    private static final Set<String> OWN_HTMX = ownHtmx();
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "portal", "isindex");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "dynsrc", "lowsrc", "srcset", "ping", "codebase", "cite", "srcdoc");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript:", "vbscript:", "livescript:", "mocha:",
            "data:");

    private InertHtml() {
    }

    static void assertInert(String html, String because) {
        assertThat(problemsIn(html)).as("executable markup %s", because).isEmpty();
    }

    static List<String> problemsIn(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script") && !(isOwnScript(element.attr("src")) && element.data().isBlank())) {
                problems.add("script " + element.outerHtml());
            }
            if (ACTIVE_ELEMENTS.contains(tag)) {
                problems.add("active element " + element.outerHtml());
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                problems.add("meta refresh " + element.outerHtml());
            }
            if (tag.equals("style") && isActiveCss(element.data())) {
                problems.add("style sheet " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                problemWith(tag, attribute).ifPresent(problem -> problems.add(problem + " on " + shortly(element)));
            }
        }
        return problems;
    }

    private static Optional<String> problemWith(String tag, Attribute attribute) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (name.startsWith("on")) {
            return Optional.of("event handler " + name);
        }
        if (name.startsWith("hx-") && !OWN_HTMX.contains(name) || name.startsWith("data-hx-")) {
            return Optional.of("htmx attribute " + name);
        }
        if (URL_ATTRIBUTES.contains(name) && isScriptUrl(tag, name, value)) {
            return Optional.of("script URL in " + name);
        }
        if (name.equals("style") && isActiveCss(value)) {
            return Optional.of("active style");
        }
        return Optional.empty();
    }

    /** Browsers ignore whitespace and control characters inside a scheme, and its case. */
    static boolean isScriptUrl(String tag, String attribute, String value) {
        if (attribute.equals("srcdoc")) {
            return true;
        }
        String url = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        boolean inlineImage = tag.equals("img") && attribute.equals("src")
                && url.matches("data:image/(png|gif|jpeg|webp)[;,].*");
        return !inlineImage && SCRIPT_SCHEMES.stream().anyMatch(url::startsWith);
    }

    private static boolean isActiveCss(String css) {
        String text = css.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        return text.contains("expression(") || text.contains("javascript:") || text.contains("vbscript:")
                || text.contains("@import") || text.contains("-moz-binding") || text.contains("behavior:");
    }

    private static String shortly(Element element) {
        String html = element.outerHtml();
        return html.length() > 160 ? html.substring(0, 160) + "..." : html;
    }

    /** Whether src names one of the site's script files, under its fingerprinted name or its plain one. */
    static boolean isOwnScript(String src) {
        return OWN_SCRIPTS.contains(src.replaceFirst("-[0-9a-f]{32}\\.js$", ".js")
                .replaceFirst("^/webjars/htmx\\.org/[^/]+/dist/", "/webjars/htmx.org/dist/"));
    }

    private static Set<String> ownScripts() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/static/js"))) {
            Set<String> scripts = new HashSet<>(files.map(file -> "/js/" + file.getFileName()).toList());
            scripts.add("/webjars/htmx.org/dist/htmx.min.js");
            return Set.copyOf(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every hx-* attribute name the templates under src/main/jte write themselves. An injected
     * attribute of one of these names would not be told apart by name alone; the payload checks
     * still catch it, because injected markup has to escape the text first, which they flag.
     */
    private static Set<String> ownHtmx() {
        Pattern attribute = Pattern.compile("\\s(hx-[a-z-]+)=");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            Set<String> names = new HashSet<>();
            templates.filter(file -> file.toString().endsWith(".jte")).forEach(file -> {
                try {
                    Matcher found = attribute.matcher(Files.readString(file));
                    while (found.find()) {
                        names.add(found.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
