package com.mediapatch.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SuspiciousInputTests {

    private static final int MEGABYTE = 1 << 20;
    private static final String PROSE = "Rehearsal notes: bring spare strings (and the capo). Drummer wanted, Leeds. ";

    /** For every pattern, input of {@code size} characters that made java.util.regex backtrack, and near misses. */
    static Map<String, String> adversarial(int size) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("run of '<' (tag with an on-handler)", "<".repeat(size));
        inputs.put("'< on' repeated", fill("< on", size));
        inputs.put("'<a onx ' repeated", fill("<a onx ", size));
        inputs.put("near javascript:/data:/expression(", fill("javascript data text expression vbscript ", size));
        inputs.put("quote then spaces (quote-comment)", "'" + " ".repeat(size - 1));
        inputs.put("quote, spaces, semicolon, spaces", "'" + " ".repeat(size / 2) + ";" + " ".repeat(size - size / 2 - 2));
        inputs.put("\"' or ' \" repeated (quote-or-equals)", fill("' or '", size));
        inputs.put("near union select / sleep / waitfor / ; drop", fill("union all sleep waitfor ;  drop", size));
        inputs.put("'..' and '%2e%2e' (traversal)", fill("..%2e%2e.", size));
        inputs.put("allowed whitespace controls", fill("\t\r\n\f", size));
        return inputs;
    }

    /** Ordinary text of {@code size} characters that still gives every pattern something to look at. */
    static String prose(int size) {
        return fill(PROSE, size);
    }

    private final List<SuspiciousInputSeen> seen = new ArrayList<>();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteOfAdversarialInputCostsAboutAsMuchAsPlainTextForEveryPattern() {
        SuspiciousInput unlimited = filter(new InspectionProperties(true, 2 * MEGABYTE, 2 * MEGABYTE));
        MockHttpServletRequest plain = form("text", prose(MEGABYTE));
        long plainNanos = bestOf(unlimited, plain);

        Map<String, Double> ratios = new LinkedHashMap<>();
        adversarial(MEGABYTE).forEach((name, body) -> ratios.put(name, (double) bestOf(unlimited, form("text", body)) / plainNanos));

        assertThat(ratios).as("time for 1 MB of adversarial input / time for 1 MB of prose (%d ms)", plainNanos / 1_000_000)
                .allSatisfy((name, ratio) -> assertThat(ratio).as(name).isLessThan(5.0));
    }

    @Test
    void shapesAreStillRecognised() {
        assertThat(InputShapes.of("<script>alert(1)</script>")).contains(SuspiciousInputSeen.Kind.SCRIPT_INJECTION);
        assertThat(InputShapes.of("<a href=x onmouseover = y>")).contains(SuspiciousInputSeen.Kind.SCRIPT_INJECTION);
        assertThat(InputShapes.of("x' OR '1'='1")).contains(SuspiciousInputSeen.Kind.SQL_INJECTION);
        assertThat(InputShapes.of("admin'; --")).contains(SuspiciousInputSeen.Kind.SQL_INJECTION);
        assertThat(InputShapes.of("1 UNION ALL SELECT password")).contains(SuspiciousInputSeen.Kind.SQL_INJECTION);
        assertThat(InputShapes.of("../../etc/passwd")).contains(SuspiciousInputSeen.Kind.PATH_TRAVERSAL);
        assertThat(InputShapes.of("bell\u0007")).contains(SuspiciousInputSeen.Kind.CONTROL_CHARACTERS);
        assertThat(InputShapes.of("drummer wanted; o'clock rehearsals -- Leeds & Bradford\r\n\tsee you")).isEmpty();
    }

    @Test
    void onlyTheStartOfEachValueIsInspected() {
        SuspiciousInput filter = filter(new InspectionProperties(true, 100, 10_000));

        assertThat(filter.inspect(form("bio", "a".repeat(100) + "<script>"))).isEmpty();
        assertThat(filter.inspect(form("bio", "a".repeat(90) + "<script>"))).isPresent();
    }

    @Test
    void inspectionStopsWhenTheRequestsBudgetIsSpent() {
        SuspiciousInput filter = filter(new InspectionProperties(true, 100, 250));
        MockHttpServletRequest request = form("a", "x".repeat(100));
        request.addParameter("b", "x".repeat(100));
        request.addParameter("c", "x".repeat(100));
        request.addParameter("d", "<script>");

        assertThat(filter.inspect(request)).isEmpty();
        request.setParameter("c", "<script>");
        assertThat(filter.inspect(request)).isPresent();
    }

    @Test
    void theEventNamesKindPathShapeAndFieldButCarriesNoTypedText() throws Exception {
        SuspiciousInput filter = filter(new InspectionProperties(true, 4096, 32768));
        MockHttpServletRequest request = form("comment", "hello <script>secret words</script>");
        request.setRequestURI("/members/%3Csecret%3E/report");
        request.addParameter("<b>secret name</b>", "x");

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(seen).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SuspiciousInputSeen.Kind.SCRIPT_INJECTION);
            assertThat(event.path()).isEqualTo("/members/*/report");
            assertThat(event.field()).isEqualTo("comment");
            assertThat(event.toString()).doesNotContainIgnoringCase("secret");
        });
    }

    @Test
    void oddParameterNamesAreRecordedMasked() {
        SuspiciousInput filter = filter(new InspectionProperties(true, 4096, 32768));

        assertThat(filter.inspect(form("<i>typed name</i>", "' or '1'='1")).map(SuspiciousInputSeen::field)).contains("*");
    }

    @Test
    void secretsJsonBodiesAndADisabledFilterLookAtNothing() throws Exception {
        MockHttpServletRequest json = form("q", "<script>");
        json.setContentType("application/json");

        assertThat(filter(new InspectionProperties(true, 4096, 32768)).inspect(form("password", "' or '1'='1"))).isEmpty();
        assertThat(filter(new InspectionProperties(true, 4096, 32768)).inspect(json)).isEmpty();
        filter(new InspectionProperties(false, 4096, 32768)).doFilter(form("q", "<script>"), new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(seen).isEmpty();
    }

    @Test
    void getRequestsAndStaticFilesAreNotParsedForParameters() {
        SuspiciousInput filter = filter(new InspectionProperties(true, 4096, 32768));
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/members") {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new AssertionError("a GET without a query has no parameters to parse");
            }
        };
        get.setContentType("application/x-www-form-urlencoded");
        get.setContent("bio=<script>".getBytes());

        assertThat(filter.inspect(get)).isEmpty();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/js/app-0123456789abcdef0123456789abcdef.js"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/members"))).isFalse();
    }

    @Test
    void queriesAndFormBodiesAreStillInspected() {
        SuspiciousInput filter = filter(new InspectionProperties(true, 4096, 32768));
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/members");
        query.setQueryString("q=%3Cscript%3E");
        query.addParameter("q", "<script>");

        assertThat(filter.inspect(query)).isPresent();
        assertThat(filter.inspect(form("bio", "<script>"))).isPresent();
    }

    private SuspiciousInput filter(InspectionProperties limits) {
        return new SuspiciousInput(event -> seen.add((SuspiciousInputSeen) event), limits, Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
    }

    static MockHttpServletRequest form(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/messages");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter(name, value);
        return request;
    }

    /** Best of three after two warm-up runs: stable on a loaded machine, where the worst run says little. */
    static long bestOf(SuspiciousInput filter, MockHttpServletRequest request) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            Optional<SuspiciousInputSeen> found = filter.inspect(request);
            long took = System.nanoTime() - start;
            assertThat(found).as("a near miss, so the whole megabyte is read").isEmpty();
            if (run >= 2) {
                best = Math.min(best, took);
            }
        }
        return best;
    }

    private static String fill(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }
}
