package com.mediapatch.profiles.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfilesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;


    @Test
    void signingUpCreatesAProfileWithAHandleFromTheName() throws Exception {
        String email = accounts.verifiedMember("Ünder Current Collective");

        // The profile is made by an event listener after the sign-up commits.
        String sql = "select handle from profiles_profile where account_id = ?";
        Object account = accounts.accountId(email).value();
        for (int wait = 0; wait < 100 && jdbc.queryForList(sql, String.class, account).isEmpty(); wait++) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject(sql, String.class, account)).startsWith("under-current-collective");
    }

    @Test
    void memberEditsTheirProfileAndOthersSeeIt() throws Exception {
        Cookie me = signedIn("Edit Tester");
        String handle = "edit-tester-" + System.nanoTime() % 100000;

        save(me, handle, "MEMBERS").andExpect(redirectedUrl("/members/" + handle));

        Cookie other = signedIn("Curious Neighbour");
        mvc.perform(get("/members/" + handle).cookie(other)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Loud</strong> and proud")))
                .andExpect(content().string(containsString("Musician")))
                .andExpect(content().string(containsString("post-punk")))
                .andExpect(content().string(containsString("Leeds, United Kingdom")))
                .andExpect(content().string(containsString("https://open.spotify.com/artist/x")))
                .andExpect(content().string(not(containsString("Edit profile"))));
        mvc.perform(get("/members/" + handle).cookie(me)).andExpect(content().string(containsString("Edit profile")));
    }

    @Test
    void membersOnlyProfilesAskVisitorsToSignIn() throws Exception {
        Cookie me = signedIn("Members Only Band");
        String handle = "members-only-" + System.nanoTime() % 100000;
        save(me, handle, "MEMBERS");

        mvc.perform(get("/members/" + handle)).andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("Sign in to see it")))
                .andExpect(content().string(not(containsString("Loud"))));
    }

    @Test
    void friendsOnlyProfilesStayPrivateFromOtherMembers() throws Exception {
        Cookie me = signedIn("Private Studio");
        String handle = "private-studio-" + System.nanoTime() % 100000;
        save(me, handle, "FRIENDS");

        mvc.perform(get("/members/" + handle).cookie(signedIn("Nosy Member"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This profile is private")))
                .andExpect(content().string(not(containsString("Loud"))));
        mvc.perform(get("/members/" + handle).cookie(me)).andExpect(status().isOk());
    }

    @Test
    void invalidFieldsAreExplainedAndEverythingTypedIsKept() throws Exception {
        Cookie me = signedIn("Careless Typist");

        mvc.perform(profileForm(me, "Bad Handle!", "EVERYONE").param("spotify", "https://evil.example/spotify")
                        .param("placeId", "-3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use 3 to 30 lower-case letters")))
                .andExpect(content().string(containsString("This should be a link to open.spotify.com")))
                .andExpect(content().string(containsString("Pick your city from the list again.")))
                .andExpect(content().string(containsString("value=\"Bad Handle!\"")))
                .andExpect(content().string(containsString("value=\"https://evil.example/spotify\"")))
                .andExpect(content().string(containsString("**Loud** and proud")));
    }

    @Test
    void aPickedPlaceIsStoredWithItsNameCountryAndCoordinates() throws Exception {
        Cookie me = signedIn("Picky Picker");
        String handle = "picky-picker-" + System.nanoTime() % 100000;

        mvc.perform(profileForm(me, handle, "EVERYONE", "leeds", "US").param("placeId", "4072130")).andExpect(redirectedUrl("/members/" + handle));

        assertThat(location(handle)).containsEntry("city", "Leeds").containsEntry("country", "US")
                .containsEntry("place_id", 4072130L);
        assertThat((Double) location(handle).get("latitude")).isBetween(33.5, 33.6);
    }

    @Test
    void withoutScriptTheTypedCityIsFoundByNameInTheChosenCountry() throws Exception {
        Cookie me = signedIn("No Script Member");
        String handle = "no-script-" + System.nanoTime() % 100000;

        // A place id left from an earlier pick no longer names the typed city: the name decides.
        mvc.perform(profileForm(me, handle, "EVERYONE").param("placeId", "4072130"));

        assertThat(location(handle)).containsEntry("city", "Leeds").containsEntry("country", "GB")
                .containsEntry("place_id", 2644688L);
        assertThat((Double) location(handle).get("longitude")).isBetween(-1.6, -1.5);
    }

    @Test
    void aPlaceTheListLacksKeepsTheTypedTextAndEarlierCoordinatesStay() throws Exception {
        Cookie me = signedIn("Hamlet Dweller");
        String handle = "hamlet-dweller-" + System.nanoTime() % 100000;
        mvc.perform(profileForm(me, handle, "EVERYONE", "Upper Tiny Hamlet", "GB"));
        assertThat(location(handle)).containsEntry("city", "Upper Tiny Hamlet").containsEntry("place_id", null)
                .containsEntry("latitude", null);

        // Coordinates typed before the picker existed survive saving the same city again.
        jdbc.update("update profiles_profile set latitude = 54.1, longitude = -2.2 where handle = ?", handle);
        mvc.perform(profileForm(me, handle, "EVERYONE", "Upper Tiny Hamlet", "GB"));

        assertThat(location(handle)).containsEntry("latitude", 54.1).containsEntry("longitude", -2.2);
    }

    private java.util.Map<String, Object> location(String handle) {
        return jdbc.queryForMap("select city, country, place_id, latitude, longitude from profiles_profile where handle = ?",
                handle);
    }

    @Test
    void aTakenHandleIsRefusedWithItsOwnMessage() throws Exception {
        Cookie first = signedIn("First Owner");
        String handle = "taken-handle-" + System.nanoTime() % 100000;
        save(first, handle, "EVERYONE");

        save(signedIn("Second Comer"), handle, "EVERYONE").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The handle @" + handle + " is taken")));
    }

    @Test
    void hostileBiosAreRenderedInert() throws Exception {
        Cookie me = signedIn("Script Kiddie");
        String handle = "script-kiddie-" + System.nanoTime() % 100000;
        mvc.perform(profileForm(me, handle, "EVERYONE")
                .param("bio", "<script>alert('x')</script> [a](javascript:alert(1)) <img src=x onerror=alert(1)>")
                .param("displayName", "<b onmouseover=alert(1)>Name</b>"));

        mvc.perform(get("/members/" + handle)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("javascript:"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("<b onmouseover"))))
                .andExpect(content().string(containsString("&lt;b onmouseover=alert(1)&gt;Name&lt;/b&gt;")));
    }

    @Test
    void theDirectoryShowsVisitorsOnlyPublicProfilesAndFiltersByDiscipline() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 100000);
        save(signedIn("Public Searchable " + suffix), "public-search-" + suffix, "EVERYONE");
        save(signedIn("Hidden Searchable " + suffix), "hidden-search-" + suffix, "MEMBERS");

        mvc.perform(get("/members").param("q", "search " + suffix))
                .andExpect(content().string(containsString("public-search-" + suffix)))
                .andExpect(content().string(not(containsString("hidden-search-" + suffix))));
        mvc.perform(get("/members").param("q", "search " + suffix).cookie(signedIn("Directory Reader")))
                .andExpect(content().string(containsString("hidden-search-" + suffix)));
        mvc.perform(get("/members").param("q", "search " + suffix).param("discipline", "FILMMAKER"))
                .andExpect(content().string(containsString("0 members found")));
    }

    @Test
    void absurdCursorsAreHarmless() throws Exception {
        mvc.perform(get("/members").param("after", "x".repeat(500))).andExpect(status().isOk());
        mvc.perform(get("/members").param("before", "nobody-has-this-handle")).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"member-card\"")));
        mvc.perform(get("/members").param("after", "' or 1=1 --")).andExpect(status().isOk());
    }

    @Test
    void theDirectoryFindsMembersByTheBeginningsOfTheWordsOfTheirNameEqualMatchesInNameOrder() throws Exception {
        String suffix = "k" + System.nanoTime() % 100000;
        for (String name : new String[] {"Alder " + suffix, "Birch " + suffix, "Cedar " + suffix, "Zoë Dunmore " + suffix}) {
            mvc.perform(post("/settings/profile").with(csrf()).cookie(signedIn(name)).param("displayName", name)
                    .param("handle", name.toLowerCase(Locale.ROOT).replace(" ", "-").replace("ë", "e"))
                    .param("visibility", "EVERYONE").param("theme", "SYSTEM")).andExpect(status().is3xxRedirection());
        }

        mvc.perform(get("/members").param("q", "zoe dun " + suffix))
                .andExpect(content().string(containsString("1 member found")))
                .andExpect(content().string(containsString("Zoë Dunmore " + suffix)));
        mvc.perform(get("/members").param("q", "unmore " + suffix))
                .andExpect(content().string(containsString("0 members found")));
        String first = mvc.perform(get("/members").param("q", suffix)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("4 members found", "Alder " + suffix, "Zoë Dunmore " + suffix);
        assertThat(first.indexOf("Alder " + suffix)).isLessThan(first.indexOf("Birch " + suffix));
        assertThat(first.indexOf("Birch " + suffix)).isLessThan(first.indexOf("Cedar " + suffix));
    }

    @Test
    void searchTextIsNeverPartOfTheQuery() throws Exception {
        for (String hostile : new String[] {"' or '1'='1", "%' union select email from identity_account --", "\\", "_%"}) {
            mvc.perform(get("/members").param("q", hostile)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("@example.org"))));
        }
    }

    private Cookie signedIn(String name) throws Exception {
        return accounts.signIn(accounts.verifiedMember(name));
    }

    private ResultActions save(Cookie who, String handle, String visibility) throws Exception {
        return mvc.perform(profileForm(who, handle, visibility).param("spotify", "https://open.spotify.com/artist/x"));
    }

    private static MockHttpServletRequestBuilder profileForm(Cookie who, String handle, String visibility) {
        return profileForm(who, handle, visibility, "Leeds", "GB");
    }

    private static MockHttpServletRequestBuilder profileForm(Cookie who, String handle, String visibility, String city,
            String country) {
        return post("/settings/profile").with(csrf()).cookie(who).param("handle", handle)
                .param("displayName", handle.replace('-', ' ')).param("bio", "**Loud** and proud")
                .param("disciplines", "MUSICIAN", "BAND").param("skills", "guitar, vocals")
                .param("genres", "post-punk, noise").param("city", city).param("country", country)
                .param("visibility", visibility)
                .param("theme", "SYSTEM");
    }
}
