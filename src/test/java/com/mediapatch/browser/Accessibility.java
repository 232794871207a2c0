package com.mediapatch.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs axe-core (from its WebJar) against the page in the browser and fails on serious or
 * critical WCAG 2.x A/AA violations, listing each rule, its help text and the offending
 * elements.
 */
final class Accessibility {

    private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String AXE_SOURCE = load();

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(results => done(results.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => ({id: v.id, impact: v.impact, help: v.help,
                               targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
               .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
            """;

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolations(Browser browser) {
        browser.script(AXE_SOURCE);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.driver().executeAsyncScript(RUN_AXE);
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + browser.driver().getCurrentUrl() + ":\n" + violations.stream()
                    .map(v -> "- [" + v.get("impact") + "] " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets"))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath: " + AXE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
