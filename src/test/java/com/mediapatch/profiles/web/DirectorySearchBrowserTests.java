package com.mediapatch.profiles.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory's search form and results on a phone and a laptop, light and dark: readable, accessible, no sideways scroll. */
@BrowserTest
class DirectorySearchBrowserTests {

    @Autowired
    Profiles profiles;
    @Autowired
    SearchIndexes indexes;

    @Test
    void aSearchWithFiltersFitsEveryScreenInBothThemes(Browser browser) {
        String word = "dz" + UUID.randomUUID().toString().substring(0, 6);
        member("Moth Static " + word, "moth-static-" + word, List.of("Drums", "Percussion"), "Leeds",
                "Drummer in a post-punk trio; rehearses in a mill by the canal.");
        member("Ada Lovelace Drums " + word, "ada-drums-" + word, List.of("Drums"), "Leeds", "Session drummer for hire.");
        SearchReady.await(indexes);

        String search = "/members?q=drums+" + word + "&discipline=MUSICIAN&genre=post-punk&city=Leeds";
        for (Browser.Viewport viewport : List.of(Browser.Viewport.PHONE, Browser.Viewport.WIDE)) {
            for (boolean dark : List.of(false, true)) {
                browser.emulate(viewport, dark).open(search);
                assertThat(browser.text(".member-grid")).contains("Moth Static " + word, "Ada Lovelace Drums " + word);
                assertThat(browser.text("[role=status]")).contains("2 members found", "Best matches first");
                assertThat(browser.fitsWidth()).as("no sideways scroll at " + viewport).isTrue();
                browser.assertAccessible();
                browser.assertNoCspViolations();
                browser.screenshot("directory-search-" + viewport.name().toLowerCase() + (dark ? "-dark" : "-light"));
            }
        }
    }

    private void member(String name, String handle, List<String> skills, String city, String bio) {
        AccountId account = new AccountId(UUID.randomUUID());
        profiles.update(account, new ProfileDetails(handle, name, bio, List.of(Discipline.MUSICIAN), skills,
                List.of("Post-punk"), city, "GB", null, null, null, null, null, null, null, null, null, null, List.of(),
                Visibility.EVERYONE, Theme.SYSTEM));
    }
}
