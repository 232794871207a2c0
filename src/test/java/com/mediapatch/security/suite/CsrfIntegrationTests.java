package com.mediapatch.security.suite;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.security.RequestRefused.Reason;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every state-changing browser request needs the CSRF token its page handed out, as a form
 * field or as the htmx header; the bearer-token API needs none because it never reads cookies.
 */
@IntegrationTest
@Import(RecordedRefusals.class)
class CsrfIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedRefusals refusals;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @BeforeEach
    void theRealTokenStoreIsInPlace() throws Exception {
        assertThat(new Visitor(mvc).open("/sign-in").getResponse().getCookie("XSRF-TOKEN"))
                .as("this context must use the production cookie token store, not Spring Security's test one").isNotNull();
        refusals.clear();
    }

    @ParameterizedTest
    @FieldSource("com.mediapatch.security.suite.StateChange#ALL")
    void formPostsWithoutTheTokenAreRefusedAndChangeNothing(StateChange change) throws Exception {
        Visitor visitor = visitorFor(change);
        MemberState before = stateOf(visitor);

        MockHttpServletResponse response = visitor.perform(change.request()).getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(refusals.reasons()).containsExactly(Reason.CSRF_TOKEN_INVALID);
        assertThat(stateOf(visitor)).isEqualTo(before);
    }

    @ParameterizedTest
    @FieldSource("com.mediapatch.security.suite.StateChange#ALL")
    void htmxRequestsWithAForgedHeaderAreRefused(StateChange change) throws Exception {
        Visitor visitor = visitorFor(change);

        MockHttpServletResponse response = visitor.perform(change.request().header("HX-Request", "true")
                .header("X-XSRF-TOKEN", "forged-" + StateChange.NO_SUCH_TOKEN)).getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(refusals.reasons()).containsExactly(Reason.CSRF_TOKEN_INVALID);
    }

    @ParameterizedTest
    @FieldSource("com.mediapatch.security.suite.StateChange#ALL")
    void formPostsWithThePagesTokenReachTheirHandler(StateChange change) throws Exception {
        Visitor visitor = visitorFor(change);

        MockHttpServletResponse response = visitor.perform(visitor.withField(change.request())).getResponse();

        assertThat(refusals.reasons()).doesNotContain(Reason.CSRF_TOKEN_INVALID);
        assertAnsweredByItsHandler(change, response);
    }

    @ParameterizedTest
    @FieldSource("com.mediapatch.security.suite.StateChange#ALL")
    void htmxRequestsWithTheHeaderTokenReachTheirHandler(StateChange change) throws Exception {
        Visitor visitor = visitorFor(change);

        MockHttpServletResponse response = visitor.perform(visitor.withHeader(change.request())).getResponse();

        assertThat(refusals.reasons()).doesNotContain(Reason.CSRF_TOKEN_INVALID);
        assertAnsweredByItsHandler(change, response);
    }

    @Test
    void theRouteTableIsReadFromSpringMvc() {
        assertThat(Routes.stateChangingPages(mappings)).as("routes found by reading Spring MVC")
                .contains("POST /settings/profile");
    }

    /** Routes the list in {@link StateChange} does not name (a new module's) are checked with derived requests. */
    @TestFactory
    Stream<DynamicTest> routesTheListDoesNotNameAreCheckedWithDerivedRequests() {
        Set<String> listed = StateChange.ALL.stream().map(StateChange::route).collect(Collectors.toSet());
        return Routes.stateChangingPages(mappings).stream().filter(route -> !listed.contains(route))
                .map(StateChange::derived).map(change -> DynamicTest.dynamicTest(change.route(), () -> {
                    refusals.clear();
                    formPostsWithoutTheTokenAreRefusedAndChangeNothing(change);
                    refusals.clear();
                    htmxRequestsWithAForgedHeaderAreRefused(change);
                    refusals.clear();
                    formPostsWithThePagesTokenReachTheirHandler(change);
                }));
    }

    @Test
    void aTokenFromBeforeSigningInIsDeadAfterwards() throws Exception {
        Visitor member = member("Token Rotation");
        var staleForm = member.withField(post("/settings/sessions/end-others"));
        member.signIn();

        assertThat(member.perform(staleForm).getResponse().getStatus()).isEqualTo(403);
        assertThat(refusals.reasons()).contains(Reason.CSRF_TOKEN_INVALID);
    }

    @Test
    void bearerTokenApiCallsNeedNoCsrfTokenAndIgnoreCookies() throws Exception {
        Visitor member = member("Api Caller");
        String tokens = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + member.email() + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        String access = JsonPath.read(tokens, "$.access_token");
        String refresh = JsonPath.read(tokens, "$.refresh_token");

        MockHttpServletResponse rotated = mvc.perform(post("/api/v1/auth/refresh").header("Authorization", "Bearer " + access)
                .contentType(MediaType.APPLICATION_JSON).content("{\"refreshToken\": \"" + refresh + "\"}"))
                .andReturn().getResponse();

        assertThat(rotated.getStatus()).isEqualTo(200);
        assertThat(refusals.reasons()).doesNotContain(Reason.CSRF_TOKEN_INVALID);
        assertThat(member.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON)).getResponse().getStatus())
                .as("the browser session alone opens nothing in the API").isEqualTo(401);
    }

    private void assertAnsweredByItsHandler(StateChange change, MockHttpServletResponse response) {
        if (change.who() == StateChange.Who.ADMIN_ONLY) {
            assertThat(refusals.reasons()).as("past CSRF, a plain member is stopped by authorisation")
                    .containsExactly(Reason.ACCESS_DENIED);
        } else if (change.who() == StateChange.Who.MEMBER_REMOVING_UNOWNED_PASSKEY) {
            assertThat(refusals.reasons()).isEmpty();
        } else {
            assertThat(response.getStatus()).isNotEqualTo(403);
            assertThat(refusals.reasons()).isEmpty();
        }
    }

    private Visitor visitorFor(StateChange change) throws Exception {
        Visitor visitor;
        if (change.signedIn()) {
            visitor = member("Csrf Target");
        } else {
            visitor = new Visitor(mvc);
            visitor.open("/");
        }
        if (change.who() == StateChange.Who.MEMBER_ADDING_PASSKEY
                || change.who() == StateChange.Who.MEMBER_REMOVING_UNOWNED_PASSKEY) {
            visitor.open("/settings/security");
            visitor.perform(visitor.withField(post("/settings/security/passkeys").param("label", "Laptop")
                    .param("password", AccountFixtures.PASSWORD)));
        }
        refusals.clear();
        return visitor;
    }

    private Visitor member(String name) throws Exception {
        return Visitor.member(mvc, new TestMailbox(dataDir), name);
    }

    private MemberState stateOf(Visitor visitor) {
        return visitor.email() == null ? null
                : MemberState.of(jdbc, accounts.accountId(visitor.email()));
    }
}
