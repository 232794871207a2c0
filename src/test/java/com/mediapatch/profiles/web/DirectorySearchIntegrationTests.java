package com.mediapatch.profiles.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The directory page's one search box and filters: typed values kept, private profiles kept out, junk ignored. */
@IntegrationTest
class DirectorySearchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialMembers members;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SearchIndexes indexes;

    @BeforeEach
    void indexBuilt() {
        SearchReady.await(indexes);
    }

    @Test
    void wordsAndFiltersFindTaggedMembersAndTheFormKeepsWhatWasTyped() throws Exception {
        String word = "fd" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestMember drummer = members.member("Drummer " + word, Visibility.EVERYONE, List.of(Discipline.MUSICIAN),
                List.of("Post-punk"), "Leeds");
        TestMember elsewhere = members.member("Drummer " + word, Visibility.EVERYONE, List.of(Discipline.MUSICIAN),
                List.of("Post-punk"), "York");

        mvc.perform(get("/members").param("q", "drummer " + word).param("genre", "post-punk").param("city", "LEEDS")
                        .param("discipline", "MUSICIAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/members/" + drummer.handle())))
                .andExpect(content().string(not(containsString("/members/" + elsewhere.handle()))))
                .andExpect(content().string(containsString("1 member found · Best matches first.")))
                .andExpect(content().string(containsString("value=\"drummer " + word + "\"")))
                .andExpect(content().string(containsString("value=\"post-punk\"")))
                .andExpect(content().string(containsString("value=\"LEEDS\"")))
                .andExpect(content().string(containsString("<option value=\"MUSICIAN\" selected>")));
    }

    @Test
    void friendsOnlyProfilesNeverLeakIntoResults() throws Exception {
        TestMember hidden = members.member("Leaky Drummer", Visibility.FRIENDS, List.of(), List.of("Skiffle"), "Leeds");
        String word = hidden.name().substring(hidden.name().lastIndexOf(' ') + 1);

        for (String query : new String[] {"skiffle " + word, word, hidden.handle()}) {
            mvc.perform(get("/members").param("q", query).cookie(accounts.signIn(accounts.verifiedMember("Nosy Searcher"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/members/" + hidden.handle()))));
            mvc.perform(get("/members").param("q", query).param("genre", "skiffle"))
                    .andExpect(content().string(not(containsString("/members/" + hidden.handle()))));
        }
    }

    @Test
    void unknownOrOverlongValuesAreIgnoredNeverAnError() throws Exception {
        mvc.perform(get("/members").param("q", "drums ".repeat(200)).param("discipline", "NOT_A_DISCIPLINE")
                        .param("genre", "g".repeat(500)).param("skill", "<script>").param("city", "%' or 1=1 --")
                        .param("page", "99999999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 members found")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/members").param("q", "(\"*?~[").param("page", "-3")).andExpect(status().isOk());
    }
}
