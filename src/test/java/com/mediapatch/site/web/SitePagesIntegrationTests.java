package com.mediapatch.site.web;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;

    @Test
    void homePageSaysWhatThePlatformIs() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<title>The Media Patch</title>")))
                .andExpect(content().string(containsString("meet and make things")))
                .andExpect(content().string(containsString("Filmmakers")))
                .andExpect(content().string(matchesPattern("(?s).*/webjars/htmx\\.org/[^/]+/dist/htmx\\.min-[0-9a-f]{32}\\.js.*")));
    }

    @Test
    void homePageShowsWhatTheModulesOfferAndLiveNumbers() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"/members\"")))
                .andExpect(content().string(containsString("Member directory")))
                .andExpect(content().string(containsString("href=\"/messages\"")))
                .andExpect(content().string(containsString("href=\"/friends\"")))
                .andExpect(content().string(matchesPattern("(?s).*<strong>[0-9,]+</strong> members?</span>.*")))
                .andExpect(content().string(matchesPattern("(?s).*<strong>[0-9,]+</strong> active this week</span>.*")));
    }

    @Test
    void homePageAdvertisesNothingThatHasNoPage() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString().toLowerCase();
        assertThat(home).doesNotContain("media library", "labs", "credit", "export",
                "sell prints", "set list", "screen the cut");
    }

    @Test
    void htmxRequestGetsTheSameHandlersFragmentWithoutTheShell() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("meet and make things")))
                .andExpect(content().string(containsString("<title>The Media Patch</title>")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("site-header"))));
    }

    @Test
    void boostedNavigationGetsTheWholePage() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true").header("HX-Boosted", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void pagesCarryNoInlineScript() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString(" onclick="))));
    }

    @Test
    void problemTypeUrisResolveToTheirExplanation() throws Exception {
        mvc.perform(get("/problems/validation-failed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("problem--selected")))
                .andExpect(content().string(containsString("Validation failed")));
        mvc.perform(get("/problems/no-such-problem").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiDocumentationIsASitePageThatKnowsTheSignedInMember() throws Exception {
        var session = accounts.signIn(accounts.verifiedMember("Docs Reader"));
        mvc.perform(get("/api/docs").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"site-header\"")))
                .andExpect(content().string(containsString("Sign out")))
                .andExpect(content().string(containsString("id=\"swagger-ui\" data-openapi=\"/api/v1/openapi.json\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<script src=\"/webjars/swagger-ui/[^/]+/swagger-ui-bundle-[0-9a-f]{32}\\.js\" defer></script>\\s*"
                                + "<script src=\"/js/api-docs-[0-9a-f]{32}\\.js\" defer></script>.*")))
                .andExpect(content().string(not(containsString("<script>"))));
    }
}
