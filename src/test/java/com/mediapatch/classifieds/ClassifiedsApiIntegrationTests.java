package com.mediapatch.classifieds;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClassifiedsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    SearchIndexes indexes;

    @Test
    void postPublishFindAndCloseThroughTheApiWhileOthersCannotTouchTheAd() throws Exception {
        String owner = token(accounts.verifiedMember("Api Poster"));
        String other = token(accounts.verifiedMember("Api Other"));
        String title = "Synth player wanted " + UUID.randomUUID();

        String created = mvc.perform(post(ClassifiedsRoutes.API).header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON).content(body(title, "https://example.com/not-a-player")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/ad-invalid")).andReturn().getResponse().getContentAsString();
        created = mvc.perform(post(ClassifiedsRoutes.API).header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON).content(body(title, "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String ad = ClassifiedsRoutes.API + "/" + id;

        mvc.perform(get(ad).header("Authorization", other)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/ad-not-found"));
        mvc.perform(post(ad + "/publish").header("Authorization", other)).andExpect(status().isNotFound());
        mvc.perform(put(ad).header("Authorization", other).contentType(MediaType.APPLICATION_JSON).content(body("mine", "")))
                .andExpect(status().isNotFound());
        mvc.perform(delete(ad).header("Authorization", other)).andExpect(status().isNotFound());

        mvc.perform(post(ad + "/publish").header("Authorization", owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get(ClassifiedsRoutes.API).param("q", title).param("category", "musicians-wanted")
                .param("radius", "99999999999").header("Authorization", other))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get(ClassifiedsRoutes.API).param("category", "no-such-category").header("Authorization", other))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/ad-category-not-found"));
        mvc.perform(post(ad + "/close").header("Authorization", owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get(ClassifiedsRoutes.API).param("q", title).header("Authorization", other))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(get(ClassifiedsRoutes.API + "/mine").header("Authorization", owner))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
    }

    @Test
    void theRankedSearchForgivesTyposAndCountsEachFilterValue() throws Exception {
        String tag = UniqueWords.next("za");
        String email = accounts.verifiedMember("Ranked Poster");
        AccountId owner = accounts.accountId(email);
        for (String instrument : List.of("bass", "bass", "cello")) {
            String role = instrument.equals("bass") ? "Bassist" : "Cellist";
            AdId id = desk.create(owner, new AdDetails(role + " wanted " + tag + " " + UUID.randomUUID(), tag,
                    Category.MUSICIANS_WANTED, List.of(instrument), List.of("doom"), Level.ANY, Commitment.HOBBY, false,
                    List.of()), null);
            desk.publish(owner, id);
        }
        SearchReady.await(indexes);
        String bearer = token(email);

        mvc.perform(get(ClassifiedsRoutes.API_SEARCH).param("q", "basist " + tag).param("page", "first")
                        .header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranked").value(true)).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.nextPage").doesNotExist())
                .andExpect(jsonPath("$.facets.instruments.bass").value(2))
                .andExpect(jsonPath("$.facets.categories.musicians-wanted").value(2));
        mvc.perform(get(ClassifiedsRoutes.API_SEARCH).param("q", tag).param("instrument", "cello")
                        .header("Authorization", bearer))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.facets.instruments.bass").value(2))
                .andExpect(jsonPath("$.facets.instruments.cello").value(1));
        mvc.perform(get(ClassifiedsRoutes.API_SEARCH).param("q", tag)).andExpect(status().isUnauthorized());
    }

    @Test
    void readingNeedsTheReadScopeAndWritingTheWriteScope() throws Exception {
        String email = accounts.verifiedMember("Scoped Caller");
        Cookie session = accounts.signIn(email);
        String readOnly = personalToken(session, "classifieds:read");
        mvc.perform(get(ClassifiedsRoutes.API)).andExpect(status().isUnauthorized());
        mvc.perform(get(ClassifiedsRoutes.API).header("Authorization", readOnly)).andExpect(status().isOk());
        mvc.perform(post(ClassifiedsRoutes.API).header("Authorization", readOnly).contentType(MediaType.APPLICATION_JSON)
                .content(body("Read only " + UUID.randomUUID(), ""))).andExpect(status().isForbidden());
        String writeOnly = personalToken(session, "classifieds:write");
        mvc.perform(get(ClassifiedsRoutes.API).header("Authorization", writeOnly)).andExpect(status().isForbidden());
    }

    private static String body(String title, String link) {
        return """
                {"title": "%s", "description": "Analog **only**.", "category": "MUSICIANS_WANTED",
                 "instruments": "synth, keys", "genres": "synthwave", "level": "ANY", "commitment": "SEMI_PRO",
                 "paid": true, "remote": true, "mediaLinks": "%s"}""".formatted(title, link);
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    private String personalToken(Cookie session, String scope) throws Exception {
        String page = mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "ads " + scope)
                .param("scopes", scope).param("days", "7").param("password", AccountFixtures.PASSWORD))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("id=\"new-token\">(mp_pat_[A-Za-z0-9_-]+)<").matcher(page);
        token.find();
        return "Bearer " + token.group(1);
    }
}
