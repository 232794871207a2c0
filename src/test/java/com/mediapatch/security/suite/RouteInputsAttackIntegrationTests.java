package com.mediapatch.security.suite;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.security.suite.RouteInputs.Input;
import com.mediapatch.security.suite.RouteInputs.Where;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every input of every route, read from Spring MVC ({@link RouteInputs}): path variables, request parameters,
 * form record fields and JSON body fields, each sent XSS and SQL-injection shapes by a signed-in member who is
 * also a moderator and an administrator (session and CSRF token for pages, bearer token for the API). No answer
 * is a 500, shows database error text, takes as long as an injected sleep, or carries markup that would run;
 * and a read answers a boolean-true injection exactly as its false twin. A route whose handler the member cannot
 * reach fails the run unless it is listed in {@link #NOT_COVERED} with the reason. The full payload lists of
 * {@code ReflectedXssIntegrationTests} and {@code SqlInjectionIntegrationTests} still go to the echoing and
 * searching places they name; this sends a shape of each kind everywhere.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteInputsAttackIntegrationTests {

    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' autofocus onfocus='alert(1)",
            "javascript:alert(1)",
            "<svg onload=alert(1)>",
            "[look](javascript:alert(1))",
            "![x](x\" onerror=\"alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>");
    static final List<String> SQL = List.of(
            "'",
            "x' OR '1'='1' --",
            "' UNION SELECT email, password_hash FROM identity_account --",
            "1; DROP TABLE identity_account --",
            "'; SELECT pg_sleep(6) --",
            "' AND 1=(SELECT COUNT(*) FROM identity_account WHERE SLEEP(6)) --");
    /** Boolean injections, true then false; their words are the same, so a literal search finds the same for both. */
    static final List<List<String>> TWINS = List.of(
            List.of("x' OR 'a'='a' --", "x' OR 'a'<>'a' --"),
            List.of("1 OR 1=1", "1 OR 1<>1"),
            List.of("x\" OR \"a\"=\"a", "x\" OR \"a\"<>\"a"));
    private static final List<String> DATABASE_ERRORS = List.of("SQLException", "SQLSyntax", "SQLGrammar", "JdbcSQL",
            "PSQLException", "org.h2", "org.hibernate", "syntax error", "SQLSTATE", "unterminated quoted", "Exception");

    /** Routes whose inputs this run cannot reach, each with the reason. */
    static final Map<String, String> NOT_COVERED = notCovered();

    private static final Random RANDOM = new Random();
    private static final String NO_SUCH_ID = UUID.randomUUID().toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, RouteInputs> routes;
    Cookie member;
    String bearer;
    /** A group of the member's own, so inputs of a conversation's routes reach past "not found" and get stored. */
    String conversation;

    @BeforeAll
    void member() throws Exception {
        routes = RouteInputs.of(mappings);
        String email = accounts.verifiedMember("Route Attacker");
        accounts.assignRole(email, "admin");
        accounts.assignRole(email, "moderator");
        String tokens = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        bearer = "Bearer " + JsonPath.read(tokens, "$.access_token");
        // Privileged roles stay paused until two-step sign-in is on.
        member = accounts.signInWithCode(email, accounts.enrolAuthenticator(accounts.signIn(email)));
        String created = mvc.perform(post("/messages/groups").with(csrf()).cookie(member).param("name", "Route attack")
                .param("members", "")).andReturn().getResponse().getRedirectedUrl();
        conversation = created.substring(created.lastIndexOf('/') + 1);
        assertThat(UUID.fromString(conversation)).isNotNull();
    }

    @Test
    void everyInputOfEveryRouteAnswersInjectionsHarmlessly() throws Exception {
        List<String> findings = new ArrayList<>();
        int sent = 0;
        Instant started = Instant.now();
        for (RouteInputs route : attacked()) {
            for (Input input : route.inputs()) {
                for (String payload : payloads()) {
                    findings.addAll(judge(route, input, payload, send(route, input, payload)));
                    sent++;
                }
            }
        }
        MockHttpServletResponse stored = mvc.perform(get("/messages/{id}", conversation).cookie(member).accept("text/html"))
                .andReturn().getResponse();
        assertThat(stored.getStatus()).isEqualTo(200);
        InertHtml.problemsIn(stored.getContentAsString()).forEach(problem -> findings.add("stored in a conversation: " + problem));
        System.out.printf("Route inputs: %d requests to %d routes in %d s%n", sent, attacked().size(),
                Duration.between(started, Instant.now()).toSeconds());
        assertThat(findings).as("answers to injected input").isEmpty();
    }

    @Test
    void aReadAnswersABooleanTrueInjectionAsItsFalseTwin() throws Exception {
        List<String> differences = new ArrayList<>();
        for (RouteInputs route : attacked()) {
            if (route.method() != RequestMethod.GET) {
                continue; // a change made by the first twin would show in the second answer
            }
            for (Input input : route.inputs()) {
                for (List<String> twin : TWINS) {
                    String whenTrue = comparable(send(route, input, twin.get(0)), twin.get(0));
                    String whenFalse = comparable(send(route, input, twin.get(1)), twin.get(1));
                    if (!whenTrue.equals(whenFalse)) {
                        differences.add(route.route() + " " + input + ": " + twin.get(0));
                    }
                }
            }
        }
        assertThat(differences).as("reads that answer a tautology differently from its contradiction").isEmpty();
    }

    /** A route that takes input but whose handler the member never reaches would be attacked in vain. */
    @Test
    void everyRouteWithInputsIsReachedOrListedWithItsReason() throws Exception {
        Map<String, Integer> unreached = new TreeMap<>();
        for (RouteInputs route : routes.values()) {
            MvcResult baseline = route.inputs().isEmpty() ? null : send(route, route.inputs().get(0), "x");
            if (baseline != null && !reached(baseline)) {
                unreached.put(route.route(), baseline.getResponse().getStatus());
            }
        }
        assertThat(NOT_COVERED.keySet()).as("routes with inputs no attack reaches, with the status answered: %s", unreached)
                .containsAll(unreached.keySet());
        assertThat(routes).as("routes listed as not covered exist and take input").containsKeys(
                NOT_COVERED.keySet().toArray(String[]::new));
        assertThat(NOT_COVERED.keySet()).allMatch(route -> !routes.get(route).inputs().isEmpty());
    }

    private List<RouteInputs> attacked() {
        return routes.values().stream().filter(route -> !NOT_COVERED.containsKey(route.route())).toList();
    }

    private static List<String> payloads() {
        List<String> all = new ArrayList<>(XSS);
        all.addAll(SQL);
        return all;
    }

    /**
     * Whether the handler ran: a filter's refusal (CSRF, sign-in) leaves no handler, and a refusal by method
     * security (a missing scope or role) is an access-denied exception; a 401, 403 or 404 the handler itself
     * answers (wrong credentials, a target that does not exist) still read the input.
     */
    private static boolean reached(MvcResult result) {
        Exception refused = result.getResolvedException();
        return result.getHandler() != null && !(refused instanceof AccessDeniedException)
                && !(refused instanceof AuthenticationException);
    }

    private List<String> judge(RouteInputs route, Input input, String payload, MvcResult result) throws Exception {
        List<String> findings = new ArrayList<>();
        String where = route.route() + " " + input + " <- " + payload + ": ";
        MockHttpServletResponse response = result.getResponse();
        String body = response.getContentAsString();
        if (response.getStatus() >= 500) {
            findings.add(where + "status " + response.getStatus());
        }
        DATABASE_ERRORS.stream().filter(body::contains).findFirst()
                .ifPresent(error -> findings.add(where + "database error text " + error));
        String type = String.valueOf(response.getContentType());
        if (type.startsWith("text/html")) {
            InertHtml.problemsIn(body).forEach(problem -> findings.add(where + problem));
        } else if (body.contains("<") && !type.contains("json")) {
            findings.add(where + "markup answered as " + type);
        }
        return findings;
    }

    /**
     * The answer with what must differ taken out: the payload (as sent, URL-encoded or JSON-escaped) and the
     * request id; what stays is the status and the text a reader sees (or the JSON).
     */
    private static String comparable(MvcResult result, String payload) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        String body = response.getContentAsString();
        String text = String.valueOf(response.getContentType()).startsWith("text/html") ? Jsoup.parse(body).text() : body;
        for (String shape : List.of(payload, payload.replace("\"", "\\\""),
                UriUtils.encodePathSegment(payload, StandardCharsets.UTF_8),
                UriUtils.encodeQueryParam(payload, StandardCharsets.UTF_8),
                String.valueOf(response.getHeader("X-Request-Id")))) {
            text = text.replace(shape, "");
        }
        return response.getStatus() + "\n" + text;
    }

    private MvcResult send(RouteInputs route, Input attacked, String payload) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        route.knownChange().ifPresent(change -> {
            for (int i = 0; i < change.form().size(); i += 2) {
                values.put(change.form().get(i), change.form().get(i + 1));
            }
        });
        Map<String, String> body = new TreeMap<>();
        String path = route.pattern();
        for (Input input : route.inputs()) {
            String value = input.equals(attacked) ? payload : null;
            switch (input.where()) {
                case PATH -> path = path.replaceFirst("\\{\\*?" + Pattern.quote(input.name()) + "(:[^}]*)?}",
                        Matcher.quoteReplacement(UriUtils.encodePathSegment(value != null ? value : harmless(input.name()),
                                StandardCharsets.UTF_8)));
                case JSON -> body.put(input.name(), value != null ? value : "x");
                case PARAMETER -> {
                    if (value != null) {
                        values.put(input.name(), value);
                    }
                }
            }
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(route.method().name()), URI.create(path));
        values.forEach(request::param);
        if (route.json()) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        if (route.api()) {
            request.header("Authorization", bearer).accept(MediaType.APPLICATION_JSON);
        } else {
            request.cookie(member).with(csrf()).accept("text/html");
        }
        String address = "10.%d.%d.%d".formatted(RANDOM.nextInt(1, 255), RANDOM.nextInt(256), RANDOM.nextInt(1, 255));
        request.with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
        Instant started = Instant.now();
        MvcResult result = mvc.perform(request).andReturn();
        if (Duration.between(started, Instant.now()).compareTo(Duration.ofSeconds(5)) > 0) {
            throw new AssertionError(route.route() + " " + attacked + " <- " + payload + ": took as long as an injected sleep");
        }
        return result;
    }

    private static String json(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> body.append(body.length() == 1 ? "" : ", ").append('"').append(name)
                .append("\": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return body.append('}').toString();
    }

    /** A well-formed value for a path variable not under attack: the member's group, an id naming nothing, a word. */
    private String harmless(String variable) {
        if (variable.equals("conversationId")) {
            return conversation;
        }
        return variable.toLowerCase().endsWith("id") ? NO_SUCH_ID : "nobody-by-this-name";
    }

    private static Map<String, String> notCovered() {
        Map<String, String> routes = new TreeMap<>();
        String god = "God Mode exists only where mediapatch.god.emails names a God (the GodModeTest context); in this"
                + " shared context it answers 404 to everyone before reading its input";
        for (String route : List.of("GET /god/audit", "GET /god/audit/{sequence}/proof", "GET /god/console/suggestions",
                "GET /god/members", "GET /god/step-up", "POST /god/console", "POST /god/console/run",
                "POST /god/site/announcement", "POST /god/step-up")) {
            routes.put(route, god);
        }
        return routes;
    }
}
