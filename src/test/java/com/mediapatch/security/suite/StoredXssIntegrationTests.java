package com.mediapatch.security.suite;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member writes attacks into every free-text profile field; wherever the profile is shown
 * (its page, the htmx fragment, the directory, the editor, the member's own header) the
 * attack shows as text and nothing in the page can run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssIntegrationTests {

    private static final List<String> LINK_FIELDS = List.of("website", "youtube", "spotify", "soundcloud", "bandcamp",
            "instagram");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    Cookie owner;
    String handle;

    @BeforeAll
    void owner() throws Exception {
        owner = accounts.signIn(accounts.verifiedMember("Xss Owner"));
        handle = "xss-owner-" + System.nanoTime() % 1_000_000;
    }

    static List<String> payloads() {
        return Payloads.xss();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void attacksSavedInEveryTextFieldAreShownAsTextEverywhere(String payload) throws Exception {
        MockHttpServletResponse saved = mvc.perform(textFields(payload)).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as("saved").isEqualTo("/members/" + handle);

        Map<String, String> views = Map.of(
                "profile page", page(get("/members/" + handle)),
                "profile fragment", page(get("/members/" + handle).header("HX-Request", "true")),
                "directory", page(get("/members").param("q", handle)),
                "editor", page(get("/settings/profile").cookie(owner)),
                "own header", page(get("/").cookie(owner)));

        views.forEach((view, html) -> InertHtml.assertInert(html, "in the " + view + " for " + payload));
        Document profile = Jsoup.parse(views.get("profile page"));
        assertThat(profile.select(".profile__name").text()).isEqualTo(normalized(Payloads.fitted(payload, 80)));
        assertThat(profile.select(".profile__bio .prose-content").text()).as("the bio is shown, as text").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void refusedValuesComeBackInertInTheFormTheyWereTypedInto(String payload) throws Exception {
        MockHttpServletRequestBuilder form = textFields(payload, payload);
        LINK_FIELDS.forEach(field -> form.param(field, payload));

        MockHttpServletResponse refused = mvc.perform(form).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        InertHtml.assertInert(refused.getContentAsString(), "in the refused form for " + payload);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.getElementById("handle").val()).isEqualTo(payload);
        assertThat(page.getElementById("website").val()).isEqualTo(payload);
        assertThat(page.getElementById("bio").val()).isEqualTo(payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x",
            "https://example.org/#\" onmouseover=\"alert(1)", "http://example.org/%22%3E%3Csvg%20onload=alert(1)%3E",
            "https://evil.example\\@open.spotify.com/", "https:alert(1)"})
    void linksAreWebAddressesOrRefused(String link) throws Exception {
        MockHttpServletRequestBuilder form = textFields("Plain words");
        LINK_FIELDS.forEach(field -> form.param(field, "website".equals(field) ? link : ""));

        MockHttpServletResponse response = mvc.perform(form).andReturn().getResponse();

        InertHtml.assertInert(response.getContentAsString(), "answering link " + link);
        if (response.getStatus() != 422) {
            String shown = page(get("/members/" + handle));
            InertHtml.assertInert(shown, "showing link " + link);
            assertThat(Jsoup.parse(shown).select(".link-list a")).allSatisfy(
                    a -> assertThat(a.attr("href")).matches("https?://[^/\\\\]+.*"));
        }
    }

    private MockHttpServletRequestBuilder textFields(String payload) {
        return textFields(handle, payload);
    }

    private MockHttpServletRequestBuilder textFields(String handle, String payload) {
        return post("/settings/profile").with(csrf()).cookie(owner).param("handle", handle)
                .param("displayName", Payloads.fitted(payload, 80)).param("bio", payload)
                .param("skills", Payloads.fitted(payload, 40)).param("genres", Payloads.fitted(payload, 40))
                .param("city", Payloads.fitted(payload, 80)).param("country", "GB").param("disciplines", "MUSICIAN")
                .param("visibility", "EVERYONE").param("theme", "SYSTEM");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
