package com.mediapatch.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.Parallel;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.internal.Totp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;
    String email;

    @BeforeEach
    void setUp() throws Exception {
        email = accounts.verifiedMember("Api Client");
    }

    @Test
    void credentialsBuyAnAccessTokenThatOpensTheApi() throws Exception {
        String body = token(email, PASSWORD, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer")).andExpect(jsonPath("$.expires_in").value(600))
                .andReturn().getResponse().getContentAsString();
        String access = JsonPath.read(body, "$.access_token");

        assertThat(access.split("\\.")).hasSize(3);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + access)).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.scopes").value(hasItem("profile:read")));
    }

    @Test
    void theApiRefusesMissingAndForgedTokensWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJzY29wZSI6InByb2ZpbGU6cmVhZCJ9.c2lnbmF0dXJl";
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + forged)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
    }

    @Test
    void wrongPasswordsAndMalformedRequestsGetTheirOwnProblems() throws Exception {
        token(email, "not the password", null).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/invalid-credentials"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void refreshTokensRotateAndReuseRevokesTheWholeFamily() throws Exception {
        String first = JsonPath.read(token(email, PASSWORD, null).andReturn().getResponse().getContentAsString(),
                "$.refresh_token");
        String second = JsonPath.read(refresh(first).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.refresh_token");
        assertThat(second).isNotEqualTo(first);

        refresh(first).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/refresh-token-reused"));
        refresh(second).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/refresh-token-invalid"));
        assertThat(jdbc.queryForList("select token_hash from identity_refresh_token", String.class)).doesNotContain(first, second);
    }

    @Test
    void accountsWithTwoStepSignInMustSendACode() throws Exception {
        Cookie session = accounts.signIn(email);
        String secret = accounts.enrolAuthenticator(session);

        token(email, PASSWORD, null).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/second-factor-required"));
        token(email, PASSWORD, "000000").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/invalid-second-factor"));
        token(email, PASSWORD, Totp.code(secret, Totp.step(Instant.now()) + 1)).andExpect(status().isOk());
    }

    @Test
    void oneRecoveryCodeOpensOneSignInHoweverManyUseItAtOnce() throws Exception {
        Cookie session = accounts.signIn(email);
        String recoveryCode = accounts.enrolAuthenticatorWithRecoveryCodes(session).get(1);

        List<Integer> answers = Parallel.run(5, i -> token(email, PASSWORD, recoveryCode).andReturn().getResponse().getStatus());

        assertThat(answers).as("tokens issued for one recovery code").containsOnlyOnce(200);
        assertThat(jdbc.queryForObject("select count(*) from identity_recovery_code c join identity_account a "
                + "on a.id = c.account_id where a.email = ? and c.used_at is not null", Long.class, email)).isEqualTo(1);
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            token(email, "guess " + i, null);
        }
        token(email, PASSWORD, null).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.type").value("/problems/too-many-requests"));
    }

    @Test
    void personalTokensCarryOnlyTheirScopesAndStopWhenRevoked() throws Exception {
        Cookie session = accounts.signIn(email);
        String page = mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "backup script")
                .param("scopes", "profile:write").param("days", "7").param("password", PASSWORD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String writeOnly = tokenIn(page);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + writeOnly)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));

        String readPage = mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "reader")
                .param("scopes", "profile:read").param("days", "30").param("password", PASSWORD)).andReturn().getResponse().getContentAsString();
        String reader = tokenIn(readPage);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + reader)).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select token_hash from identity_personal_token", String.class)).doesNotContain(reader);

        Matcher id = Pattern.compile("/settings/tokens/([0-9a-f-]{36})/revoke").matcher(
                mvc.perform(get("/settings/tokens").cookie(session)).andReturn().getResponse().getContentAsString());
        while (id.find()) {
            mvc.perform(post("/settings/tokens/" + id.group(1) + "/revoke").with(csrf()).cookie(session));
        }
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + reader)).andExpect(status().isUnauthorized());
    }

    @Test
    void aMemberCannotRevokeSomeoneElsesToken() throws Exception {
        Cookie owner = accounts.signIn(email);
        String token = tokenIn(mvc.perform(post("/settings/tokens").with(csrf()).cookie(owner).param("name", "mine")
                .param("scopes", "profile:read").param("days", "7").param("password", PASSWORD)).andReturn().getResponse().getContentAsString());
        Matcher id = Pattern.compile("/settings/tokens/([0-9a-f-]{36})/revoke").matcher(
                mvc.perform(get("/settings/tokens").cookie(owner)).andReturn().getResponse().getContentAsString());
        assertThat(id.find()).isTrue();

        Cookie other = accounts.signIn(accounts.verifiedMember("Token Thief"));
        mvc.perform(post("/settings/tokens/" + id.group(1) + "/revoke").with(csrf()).cookie(other));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetRevokesEveryApiCredential() throws Exception {
        String refreshToken = JsonPath.read(token(email, PASSWORD, null).andReturn().getResponse().getContentAsString(),
                "$.refresh_token");
        Cookie session = accounts.signIn(email);
        String pat = tokenIn(mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "old")
                .param("scopes", "profile:read").param("days", "7").param("password", PASSWORD)).andReturn()
                .getResponse().getContentAsString());

        mvc.perform(post("/password-reset").with(csrf()).param("email", email));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("password", "new start for the api"));

        refresh(refreshToken).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + pat)).andExpect(status().isUnauthorized());
    }

    @Test
    void makingAPersonalTokenNeedsThePassword() throws Exception {
        Cookie session = accounts.signIn(email);
        mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "sneaky")
                .param("scopes", "profile:read").param("days", "7").param("password", "not mine"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That password is not right.")));
    }

    @Test
    void theApiIgnoresTheBrowserSession() throws Exception {
        Cookie session = accounts.signIn(email);
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    private ResultActions token(String address, String password, String code) throws Exception {
        String body = "{\"email\": \"" + address + "\", \"password\": \"" + password + "\""
                + (code == null ? "" : ", \"code\": \"" + code + "\"") + "}";
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions refresh(String refreshToken) throws Exception {
        return mvc.perform(post("/api/v1/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\": \"" + refreshToken + "\"}"));
    }

    private static String tokenIn(String page) {
        Matcher token = Pattern.compile("id=\"new-token\">(mp_pat_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(token.find()).as("the new token is shown once").isTrue();
        return token.group(1);
    }
}
