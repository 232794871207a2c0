package com.mediapatch.shared.web;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The settings navigation is gathered from every module's contributed links, in their order. */
@IntegrationTest
class SettingsNavigationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Test
    void everySettingsPageListsEveryModulesSettingsInOrder() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Settings Walker"));
        for (String page : new String[] {"/settings/messages", "/settings/notifications", "/settings/tokens"}) {
            String html = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getContentAsString();
            String nav = html.substring(html.indexOf("aria-label=\"Settings\""), html.indexOf("</nav>",
                    html.indexOf("aria-label=\"Settings\"")));
            assertThat(nav).containsSubsequence("Profile", "Account", "Security", "API tokens", "Notifications",
                    "href=\"/settings/messages\"", "Devices &amp; sessions");
            assertThat(nav).contains("href=\"" + page + "\" aria-current=\"page\"");
        }
    }
}
