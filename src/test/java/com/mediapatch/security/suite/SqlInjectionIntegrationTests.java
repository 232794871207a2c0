package com.mediapatch.security.suite;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Classic SQL injection strings in every search, filter, paging, path and credential parameter:
 * the answer is an ordinary one, nothing of the database's errors or other tables shows, a
 * tautology finds no more than its literal text would, and every table is still there after.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlInjectionIntegrationTests {

    private static final List<String> DATABASE_ERRORS = List.of("SQLException", "SQLSyntax", "SQLGrammar", "JdbcSQL",
            "PSQLException", "org.h2", "org.hibernate", "syntax error", "SQLSTATE", "unterminated quoted", "Exception",
            "$argon2");
    private static final Random RANDOM = new Random();
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@example\\.org");

    /** A parameter that reaches a query; given the member's cookie and the payload, builds the request. */
    record Entry(String name, Injecting request) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Injecting {
        MockHttpServletRequestBuilder with(Cookie member, String payload);
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("directory q", (member, p) -> get("/members").param("q", p)),
            new Entry("directory q, signed in", (member, p) -> get("/members").param("q", p).cookie(member)),
            new Entry("directory discipline", (member, p) -> get("/members").param("discipline", p)),
            new Entry("directory page", (member, p) -> get("/members").param("page", p)),
            new Entry("profile handle", (member, p) -> get("/members/{handle}", p)),
            new Entry("sign-in", (member, p) -> post("/sign-in").with(csrf()).param("email", p).param("password", p)),
            new Entry("password reset", (member, p) -> post("/password-reset").with(csrf()).param("email", p)),
            new Entry("password reset token", (member, p) -> get("/password-reset/new").param("token", p)),
            new Entry("verify email token", (member, p) -> post("/verify-email").with(csrf()).param("token", p)),
            new Entry("resend verification", (member, p) -> post("/verify-email/resend").with(csrf()).param("email", p)),
            new Entry("api sign-in", (member, p) -> json("/api/v1/auth/token", "email", p, "password", p)),
            new Entry("api refresh", (member, p) -> json("/api/v1/auth/refresh", "refreshToken", p)),
            new Entry("api revoke", (member, p) -> json("/api/v1/auth/revoke", "refreshToken", p)),
            new Entry("api bearer token", (member, p) -> get("/api/v1/me").header("Authorization", "Bearer " + p)),
            new Entry("token revoke id", (member, p) -> post("/settings/tokens/{id}/revoke", p).with(csrf()).cookie(member)),
            new Entry("session end handle", (member, p) -> post("/settings/sessions/{handle}/end", p).with(csrf())
                    .cookie(member)),
            new Entry("passkey remove id", (member, p) -> post("/settings/security/passkeys/remove").with(csrf())
                    .cookie(member).param("id", p)),
            new Entry("email change token", (member, p) -> post("/settings/account/email/confirm").with(csrf())
                    .cookie(member).param("token", p)));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    Cookie member;
    AccountId memberId;

    @BeforeAll
    void member() throws Exception {
        String email = accounts.verifiedMember("Injection Canary");
        member = accounts.signIn(email);
        memberId = accounts.accountId(email);
        // A public profile, so a query that matched everything would show it.
        mvc.perform(post("/settings/profile").with(csrf()).cookie(member)
                .param("handle", "injection-canary-" + System.nanoTime() % 1_000_000).param("displayName", "Injection Canary")
                .param("visibility", "EVERYONE").param("theme", "SYSTEM"));
        assertThat(directoryCount("")).isPositive();
    }

    Stream<Arguments> entriesAndPayloads() {
        return ENTRIES.stream().flatMap(entry -> Payloads.sqlInjection().stream().map(p -> Arguments.of(entry, p)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entriesAndPayloads")
    void injectionGetsAnOrdinaryAnswerAndChangesNothing(Entry entry, String payload) throws Exception {
        Map<String, Integer> tablesBefore = tableSizes();
        MemberState canaryBefore = MemberState.of(jdbc, memberId);
        Instant started = Instant.now();

        MockHttpServletResponse response = mvc.perform(fromOwnAddress(entry.request().with(member, payload)))
                .andReturn().getResponse();

        assertThat(Duration.between(started, Instant.now())).as("no injected sleep ran").isLessThan(Duration.ofSeconds(5));
        assertThat(response.getStatus()).isIn(200, 204, 302, 400, 401, 404, 410, 422);
        assertThat(response.getContentAsString()).doesNotContain(DATABASE_ERRORS);
        assertThat(EMAIL.matcher(response.getContentAsString()).results().map(MatchResult::group))
                .as("no member's email leaks").allMatch(payload::contains);
        assertThat(tableSizes()).isEqualTo(tablesBefore);
        assertThat(MemberState.of(jdbc, memberId)).isEqualTo(canaryBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.mediapatch.security.suite.Payloads#sqlInjection")
    void aTautologyFindsNoMoreThanItsLiteralText(String payload) throws Exception {
        assertThat(directoryCount(payload)).isEqualTo(directoryCount(literalText(payload)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%", "_", "%%", "_%_"})
    void likeWildcardsAreSearchedForLiterally(String wildcard) throws Exception {
        assertThat(directoryCount(wildcard)).isEqualTo(directoryCount("")).isEqualTo(publicProfiles());
    }

    /** The count the directory shows; "1,000+" counts as 1,001. */
    private long directoryCount(String query) throws Exception {
        String page = mvc.perform(get("/members").param("q", query)).andReturn().getResponse().getContentAsString();
        String shown = Jsoup.parse(page).selectFirst("p[role=status]").text().replaceAll(" .*", "");
        return Long.parseLong(shown.replace(",", "").replace("+", "")) + (shown.endsWith("+") ? 1 : 0);
    }

    /**
     * The payload as plain words: letters and digits only, everything else (quotes, operators, wildcards) a space.
     * The directory must find for the payload exactly what it finds for these words.
     */
    private static String literalText(String payload) {
        return String.join(" ", words(Payloads.fitted(payload, 80)));
    }

    /** Public profiles, which a search without words lists ("1,000+" beyond 1,000). */
    private long publicProfiles() {
        return Math.min(size("profiles_profile where visibility = 'EVERYONE'"), 1001);
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
    }

    private Map<String, Integer> tableSizes() {
        return Map.of("accounts", size("identity_account"), "profiles", size("profiles_profile"),
                "roles", size("identity_role_assignment"), "role definitions", size("identity_role"),
                "personal tokens", size("identity_personal_token"));
    }

    private int size(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static MockHttpServletRequestBuilder json(String path, String... fields) {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : ", ").append('"').append(fields[i]).append("\": \"")
                    .append(fields[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body.append('}').toString());
    }

    /** Failed sign-ins from one address lock it; each probe comes from an address of its own. */
    private static MockHttpServletRequestBuilder fromOwnAddress(MockHttpServletRequestBuilder request) {
        String address = "10.%d.%d.%d".formatted(RANDOM.nextInt(1, 255), RANDOM.nextInt(256), RANDOM.nextInt(1, 255));
        return request.with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
    }
}
