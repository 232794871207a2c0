package com.mediapatch.profiles.web;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Availability;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
class ProfileEditorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    SocialMembers members;

    @Autowired
    Profiles profiles;

    @Test
    void theEditorShowsEverySectionWithItsOwnSave() throws Exception {
        TestMember me = members.member("Section Viewer");

        String page = mvc.perform(get("/settings/profile").cookie(accounts.signIn(me.email()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (EditorSection section : EditorSection.values()) {
            assertThat(page).contains("id=\"" + section.domId() + "\"", "action=\"" + section.path() + "\"");
        }
        assertThat(page).contains("id=\"section-images\"", "enctype=\"multipart/form-data\"", "data-tag-input",
                "name=\"city\"", "role=\"combobox\"", "hx-get=\"/places/suggestions\"", "name=\"placeId\"",
                "name=\"country\"", "/js/city-picker", "/js/tags")
                .doesNotContain("name=\"latitude\"", "name=\"longitude\"");
    }

    @Test
    void savingOneSectionChangesOnlyItsFields() throws Exception {
        TestMember me = members.member("One Section", Visibility.EVERYONE, List.of(), List.of("jazz"), "Leeds");
        Cookie session = accounts.signIn(me.email());

        mvc.perform(post("/settings/profile/sections/links").with(csrf()).cookie(session)
                        .param("vimeo", "https://vimeo.com/123456789").param("youtube", "https://youtu.be/dQw4w9WgXcQ"))
                .andExpect(redirectedUrl("/settings/profile#section-links"));

        ProfileDetails details = details(me.id());
        assertThat(details.vimeo()).isEqualTo("https://vimeo.com/123456789");
        assertThat(details.youtube()).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
        assertThat(details.genres()).containsExactly("jazz");
        assertThat(details.city()).isEqualTo("Leeds");
        assertThat(details.handle()).isEqualTo(me.handle());
        assertThat(details.visibility()).isEqualTo(Visibility.EVERYONE);
    }

    @Test
    void anHtmxSectionSaveAnswersWithTheSectionAndAToast() throws Exception {
        TestMember me = members.member("Htmx Saver");

        mvc.perform(post("/settings/profile/sections/about").with(csrf()).cookie(accounts.signIn(me.email()))
                        .header("HX-Request", "true").param("bio", "Drummer for hire"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"section-about\"")))
                .andExpect(content().string(containsString("Drummer for hire")))
                .andExpect(content().string(containsString("About saved.")))
                .andExpect(content().string(not(containsString("id=\"section-links\""))))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(details(me.id()).bio()).isEqualTo("Drummer for hire");
    }

    @Test
    void aSectionWithAMistakeExplainsItBesideTheFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        TestMember me = members.member("Careful Linker");

        mvc.perform(post("/settings/profile/sections/links").with(csrf()).cookie(accounts.signIn(me.email()))
                        .header("HX-Request", "true").param("vimeo", "https://evil.example/vimeo.com")
                        .param("website", "https://my.site"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"vimeo-error\"")))
                .andExpect(content().string(containsString("This should be a link to vimeo.com.")))
                .andExpect(content().string(containsString("value=\"https://evil.example/vimeo.com\"")))
                .andExpect(content().string(containsString("value=\"https://my.site\"")));
        assertThat(details(me.id()).website()).isNull();
    }

    @Test
    void theLocationSectionIsTheCityPickerWhosePickBringsItsCoordinates() throws Exception {
        TestMember me = members.member("Located Member");
        Cookie session = accounts.signIn(me.email());

        mvc.perform(post("/settings/profile/sections/location").with(csrf()).cookie(session).param("city", "Leeds")
                .param("country", "GB").param("placeId", "2644688"))
                .andExpect(redirectedUrl("/settings/profile#section-location"));
        ProfileDetails details = details(me.id());
        assertThat(details.city()).isEqualTo("Leeds");
        assertThat(details.placeId()).isEqualTo(2644688L);
        assertThat(details.longitude()).isBetween(-1.6, -1.5);

        mvc.perform(post("/settings/profile/sections/location").with(csrf()).cookie(session).param("city", "York")
                        .header("HX-Request", "true").param("placeId", "north"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Pick your city from the list again.")))
                .andExpect(content().string(containsString("value=\"York\"")));
        assertThat(details(me.id()).city()).isEqualTo("Leeds");

        mvc.perform(post("/settings/profile/sections/about").with(csrf()).cookie(session).param("bio", "Moved?"));
        assertThat(details(me.id()).placeId()).isEqualTo(2644688L);
    }

    @Test
    void availabilityIsSavedAndShownOnTheProfile() throws Exception {
        TestMember me = members.member("Open Musician", Visibility.EVERYONE);

        mvc.perform(post("/settings/profile/sections/available").with(csrf()).cookie(accounts.signIn(me.email()))
                .param("availableFor", "GIGS", "TEACHING"));

        assertThat(details(me.id()).availableFor()).containsExactly(Availability.GIGS, Availability.TEACHING);
        mvc.perform(get("/members/" + me.handle())).andExpect(content().string(containsString("Available for")))
                .andExpect(content().string(containsString("Teaching")))
                .andExpect(content().string(not(containsString("Joining a band"))));
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        TestMember me = members.member("Lost Section");

        mvc.perform(post("/settings/profile/sections/everything").with(csrf()).cookie(accounts.signIn(me.email())))
                .andExpect(status().isNotFound());
    }

    @Test
    void mediaLinksBecomeCardsWhosePlayersWaitForAClick() throws Exception {
        TestMember me = members.member("Playing Band", Visibility.EVERYONE);
        mvc.perform(post("/settings/profile/sections/links").with(csrf()).cookie(accounts.signIn(me.email()))
                .param("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
                .param("bandcamp", "https://playingband.bandcamp.com/album/first-light")
                .param("vimeo", "https://vimeo.com/76979871"));

        String page = mvc.perform(get("/members/" + me.handle())).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"",
                "data-embed=\"https://player.vimeo.com/video/76979871\"",
                "href=\"https://playingband.bandcamp.com/album/first-light\"", "data-load-player")
                .doesNotContain("<iframe");
    }

    @Test
    void suggestionsAreTheMostUsedTagsStartingWithWhatWasTyped() throws Exception {
        String word = "zq" + Long.toString(System.nanoTime() % 100000, 36);
        for (String skills : new String[] {word + "drums", word + "drums, " + word + "dance", word + "drums", "bass"}) {
            TestMember member = members.member("Tagger");
            ProfileDetails d = details(member.id());
            profiles.update(member.id(), new ProfileDetails(d.handle(), d.displayName(), "", List.of(),
                    List.of(skills.split(", ")), List.of(), null, null, null, null, null, null, null, null, null, null, null,
                    null, List.of(), Visibility.MEMBERS, d.theme()));
        }
        Cookie session = accounts.signIn(members.member("Asker").email());

        String options = mvc.perform(get("/settings/profile/tag-suggestions").cookie(session).param("kind", "skills")
                .param("q", "Z" + word.substring(1))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(options.indexOf(word + "drums")).isGreaterThanOrEqualTo(0).isLessThan(options.indexOf(word + "dance"));
        assertThat(options).doesNotContain("bass");
        mvc.perform(get("/settings/profile/tag-suggestions").cookie(session).param("kind", "passwords").param("q", "a"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<option"))));
    }

    private ProfileDetails details(AccountId account) {
        return profiles.details(account).orElseThrow();
    }
}
