package com.mediapatch.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.AdReports;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.internal.PersonalTokens;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;
import com.mediapatch.search.SearchRoutes;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The search page and API over the real members and classifieds sources, in the shared context. */
@IntegrationTest
class SiteSearchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SocialMembers members;
    @Autowired
    Relationships relationships;
    @Autowired
    AdDesk desk;
    @Autowired
    AdReports reports;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    ApiScopes scopes;

    @BeforeEach
    void indexReady() {
        SearchReady.await(indexes);
    }

    @Test
    void membersCutOffByABlockEitherWayNeverShowUpOnThePageOrInTheApi() throws Exception {
        String word = UniqueWords.next("zb");
        TestMember viewer = members.member("Block Searcher");
        TestMember blocked = members.member("Blocked " + word, Visibility.EVERYONE);
        TestMember blocker = members.member("Blocker " + word, Visibility.EVERYONE);
        TestMember open = members.member("Open " + word, Visibility.EVERYONE);
        relationships.block(viewer.id(), blocked.id());
        relationships.block(blocker.id(), viewer.id());

        mvc.perform(get(SearchRoutes.PAGE).param("q", word)).andExpect(status().isOk())
                .andExpect(content().string(containsString(path(blocked))))
                .andExpect(content().string(containsString(path(blocker))));
        mvc.perform(get(SearchRoutes.PAGE).param("q", word).cookie(accounts.signIn(viewer.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(path(open))))
                .andExpect(content().string(not(containsString(path(blocked)))))
                .andExpect(content().string(not(containsString(path(blocker)))))
                .andExpect(content().string(containsString("See all 1 in Members")));
        String json = api(viewer.id(), word, null);
        assertThat(JsonPath.<List<String>>read(json, "$.groups[?(@.source == 'members')].hits[*].path"))
                .containsExactly(path(open));
    }

    @Test
    void onlyLiveAdsAreFoundNeverDraftsClosedOrHiddenOnes() throws Exception {
        String word = UniqueWords.next("zh");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Hidden Ad Poster"));
        AdId shown = live(owner, "Bassist wanted " + word);
        AdId hidden = live(owner, "Bassist needed " + word);
        AdId closed = live(owner, "Bassist found " + word);
        desk.close(owner, closed);
        AdId draft = desk.create(owner, details("Bassist draft " + word), null);
        reports.hide(hidden.value(), accounts.accountId(accounts.verifiedMember("Ad Hider")));

        mvc.perform(get(SearchRoutes.PAGE).param("q", "bassist " + word)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ClassifiedsRoutes.ad(shown))))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(hidden)))))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(closed)))))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(draft)))))
                .andExpect(content().string(containsString("href=\"/classifieds?q=bassist+" + word + "\">See all 1 in Classifieds")));
        String json = api(owner, "bassist " + word, null);
        assertThat(JsonPath.<List<String>>read(json, "$.groups[?(@.source == 'classifieds')].hits[*].path"))
                .containsExactly(ClassifiedsRoutes.ad(shown));
    }

    @Test
    void theApiClampsItsLimitAndAnswersTheWordsItReadNeverTheTextSent() throws Exception {
        String word = UniqueWords.next("zl");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Limit Poster"));
        for (int n = 0; n < 3; n++) {
            live(owner, "Drummer wanted " + n + " " + word);
        }

        String one = api(owner, word + " <b>!", "1");
        assertThat(JsonPath.<List<String>>read(one, "$.words")).containsExactly(word);
        assertThat(JsonPath.<List<Object>>read(one, "$.groups[?(@.source == 'classifieds')].hits[*]")).hasSize(1);
        assertThat(JsonPath.<List<Integer>>read(one, "$.groups[?(@.source == 'classifieds')].total")).containsExactly(3);
        assertThat(one).doesNotContain("<b>");
        for (String limit : List.of("0", "-7", "99999999999", "twenty")) {
            String clamped = api(owner, word, limit);
            assertThat(JsonPath.<List<Object>>read(clamped, "$.groups[?(@.source == 'classifieds')].hits[*]"))
                    .as("limit " + limit).hasSizeBetween(1, 3);
        }
        String wide = api(owner, word, "500");
        assertThat(JsonPath.<List<Object>>read(wide, "$.groups[?(@.source == 'classifieds')].hits[*]")).hasSize(3);
        assertThat(JsonPath.<List<Boolean>>read(wide, "$.groups[*].available")).containsOnly(true);
        assertThat(JsonPath.<List<String>>read(wide, "$.groups[*].source")).containsSubsequence("members", "classifieds");
    }

    @Test
    void theApiNeedsTheSearchReadScopeAndIsDescribed() throws Exception {
        AccountId me = accounts.accountId(accounts.verifiedMember("Scope Searcher"));
        String other = personalTokens.create(me, "profile", List.of(scopes.require("profile:read")), 7);

        mvc.perform(get(SearchRoutes.API).param("q", "drums")).andExpect(status().isUnauthorized());
        mvc.perform(get(SearchRoutes.API).param("q", "drums").header("Authorization", "Bearer " + other))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", containsString("scope=\"search:read\"")));
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get.description", containsString("Needs scope search:read.")));
        mvc.perform(get("/settings/tokens").cookie(accounts.signIn(accounts.verifiedMember("Token Maker"))))
                .andExpect(content().string(containsString("value=\"search:read\"")));
    }

    @Test
    void thePageSaysWhatToTypeWhenNothingOrTooLittleWasTypedAndSuggestsWhenNothingMatches() throws Exception {
        mvc.perform(get(SearchRoutes.PAGE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Type what you are looking for")))
                .andExpect(content().string(containsString("<a href=\"/members\">Members</a>")))
                .andExpect(content().string(containsString("<a href=\"/classifieds\">Classifieds</a>")));
        mvc.perform(get(SearchRoutes.PAGE).param("q", "x ' = --")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a word of two letters or more")))
                .andExpect(content().string(containsString("value=\"x &#39; = --\"")));
        mvc.perform(get(SearchRoutes.PAGE).param("q", UniqueWords.next("zn"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing matches")))
                .andExpect(content().string(containsString("try fewer words")));
    }

    @Test
    void everyPageCarriesTheHeaderSearchBox() throws Exception {
        for (String page : List.of("/", "/members", ClassifiedsRoutes.LIST)) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "<form class=\"site-search\" method=\"get\" action=\"/search\" role=\"search\" aria-label=\"Site\" hx-boost=\"false\">")))
                    .andExpect(content().string(containsString("<label class=\"visually-hidden\" for=\"site-search-q\">")));
        }
    }

    @Test
    void anInjectionAndItsFalseTwinGetTheSameAnswer() throws Exception {
        AccountId me = accounts.accountId(accounts.verifiedMember("Twin Searcher"));
        String token = personalTokens.create(me, "search", List.of(scopes.require("search:read")), 7);
        Cookie session = accounts.signIn(accounts.verifiedMember("Twin Browser"));
        String whenTrue = "x' OR 'a'='a' --";
        String whenFalse = "x' OR 'a'<>'a' --";

        assertThat(mvc.perform(get(SearchRoutes.API).param("q", whenTrue).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString())
                .isEqualTo(mvc.perform(get(SearchRoutes.API).param("q", whenFalse).header("Authorization", "Bearer " + token))
                        .andReturn().getResponse().getContentAsString());
        String truePage = mvc.perform(get(SearchRoutes.PAGE).param("q", whenTrue).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        // the page names the one word it read (found or not, depending on what else the shared context holds)
        assertThat(truePage).containsPattern("(Best matches for|Nothing matches) “or”\\.");
    }

    private String api(AccountId caller, String q, String limit) throws Exception {
        String token = personalTokens.create(caller, "search", List.of(scopes.require("search:read")), 7);
        var request = get(SearchRoutes.API).param("q", q).header("Authorization", "Bearer " + token);
        if (limit != null) {
            request.param("limit", limit);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private AdId live(AccountId owner, String title) {
        AdId id = desk.create(owner, details(title), null);
        desk.publish(owner, id);
        return id;
    }

    private static AdDetails details(String title) {
        return new AdDetails(title, "Rehearsals on Tuesdays.", Category.MUSICIANS_WANTED, List.of("bass"), List.of("doom"),
                Level.ANY, Commitment.HOBBY, false, List.of());
    }

    private static String path(TestMember member) {
        return "/members/" + member.handle();
    }
}
