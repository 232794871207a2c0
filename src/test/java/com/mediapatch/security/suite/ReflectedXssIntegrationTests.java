package com.mediapatch.security.suite;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Whatever a link or a form sends, the page that echoes it back shows it as text. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflectedXssIntegrationTests {

    /** A place that echoes what was sent; given the member's cookie and the payload, builds the request. */
    record Echo(String name, Echoing request) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Echoing {
        MockHttpServletRequestBuilder with(Cookie member, String payload);
    }

    static final List<Echo> ECHOES = List.of(
            new Echo("sign-in email", (member, p) -> get("/sign-in").param("email", p)),
            new Echo("sign-in error", (member, p) -> get("/sign-in").param("error", p).param("minutes", "5")),
            new Echo("password reset email", (member, p) -> get("/password-reset").param("email", p)),
            new Echo("verify email token", (member, p) -> get("/verify-email").param("token", p)),
            new Echo("password reset token", (member, p) -> get("/password-reset/new").param("token", p)),
            new Echo("directory search", (member, p) -> get("/members").param("q", p)),
            new Echo("directory search fragment", (member, p) -> get("/members").param("q", p).header("HX-Request", "true")),
            new Echo("unknown profile", (member, p) -> get("/members/{handle}", p)),
            new Echo("sign-up form", (member, p) -> post("/sign-up").with(csrf()).param("email", p)
                    .param("displayName", p).param("password", "short")),
            new Echo("password reset request", (member, p) -> post("/password-reset").with(csrf()).param("email", p)),
            new Echo("resend verification", (member, p) -> post("/verify-email/resend").with(csrf()).param("email", p)),
            new Echo("email change link", (member, p) -> get("/settings/account/email").cookie(member).param("token", p)),
            new Echo("email change form", (member, p) -> post("/settings/account/email").with(csrf()).cookie(member)
                    .param("newEmail", p).param("emailPassword", "wrong")),
            new Echo("passkey label", (member, p) -> post("/settings/security/passkeys").with(csrf()).cookie(member)
                    .param("label", Payloads.fitted(p, 60)).param("password", "wrong")),
            new Echo("token name", (member, p) -> post("/settings/tokens").with(csrf()).cookie(member)
                    .param("name", Payloads.fitted(p, 80)).param("scopes", "profile:read").param("password", "wrong")));

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    Cookie member;

    @BeforeAll
    void member() throws Exception {
        member = accounts.signIn(accounts.verifiedMember("Reflection Tester"));
    }

    Stream<Arguments> echoesAndPayloads() {
        return ECHOES.stream().flatMap(echo -> Payloads.xss().stream().map(payload -> Arguments.of(echo, payload)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("echoesAndPayloads")
    void echoedInputIsInert(Echo echo, String payload) throws Exception {
        MockHttpServletResponse response = mvc.perform(echo.request().with(member, payload).accept("text/html"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isLessThan(500);
        InertHtml.assertInert(response.getContentAsString(), "echoing " + echo + " " + payload);
    }
}
