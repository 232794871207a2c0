package com.mediapatch.profiles.web;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Members-only profiles are protected from screen capture, watermarked with the viewer; God sees them plain. */
@IntegrationTest(properties = "mediapatch.god.emails=god-of-tests@example.org")
class CaptureGuardIntegrationTests {

    private static final String GOD = "god-of-tests@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMembersOnlyProfileIsWatermarkedWithTheViewersHandleAndTheTime() throws Exception {
        String owner = protectedProfile("quiet-room", "MEMBERS");
        Cookie viewer = accounts.signIn(accounts.verifiedMember("Night Owl"));
        String viewerHandle = "night-owl-" + System.nanoTime() % 100000;
        saveProfile(viewer, viewerHandle, "EVERYONE");

        mvc.perform(get("/members/" + owner).cookie(viewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-protected")))
                .andExpect(content().string(matchesPattern("(?s).*data-watermark=\"@" + viewerHandle
                        + " · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\".*")))
                .andExpect(content().string(containsString("data-capture-report=\"/security/capture-attempts\"")))
                .andExpect(content().string(containsString("Protected content is not printed.")))
                .andExpect(content().string(containsString("Loud</strong> and proud")));
    }

    @Test
    void theOwnerSeesTheirOwnFriendsOnlyProfileWithoutAWatermark() throws Exception {
        Cookie owner = accounts.signIn(accounts.verifiedMember("Private Owner"));
        String handle = "private-owner-" + System.nanoTime() % 100000;
        saveProfile(owner, handle, "FRIENDS");

        mvc.perform(get("/members/" + handle).cookie(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Loud</strong> and proud")))
                .andExpect(content().string(not(containsString("data-protected"))))
                .andExpect(content().string(not(containsString("data-watermark"))));
    }

    @Test
    void publicProfilesAreNotProtected() throws Exception {
        String owner = protectedProfile("open-stage", "EVERYONE");

        mvc.perform(get("/members/" + owner).cookie(accounts.signIn(accounts.verifiedMember("Passer By"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Loud</strong> and proud")))
                .andExpect(content().string(not(containsString("data-protected"))))
                .andExpect(content().string(not(containsString("data-watermark"))));
    }

    @Test
    void godViewersSeeProtectedProfilesWithoutAnyOfIt() throws Exception {
        String owner = protectedProfile("secret-garden", "MEMBERS");

        mvc.perform(get("/members/" + owner).cookie(godSession())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Loud</strong> and proud")))
                .andExpect(content().string(not(containsString("data-protected"))))
                .andExpect(content().string(not(containsString("data-watermark"))))
                .andExpect(content().string(not(containsString("Protected content is not printed."))));
    }

    private Cookie godSession() throws Exception {
        jdbc.update("delete from identity_account where email = ?", GOD);
        mvc.perform(post("/sign-up").with(csrf()).param("email", GOD).param("displayName", "Operator")
                .param("password", AccountFixtures.PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(GOD));
        mvc.perform(post("/verify-email").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)));
        return accounts.signInWithCode(GOD, accounts.enrolAuthenticator(accounts.signIn(GOD)));
    }

    private String protectedProfile(String name, String visibility) throws Exception {
        String handle = name + "-" + System.nanoTime() % 100000;
        saveProfile(accounts.signIn(accounts.verifiedMember(name.replace('-', ' '))), handle, visibility);
        return handle;
    }

    private void saveProfile(Cookie who, String handle, String visibility) throws Exception {
        mvc.perform(post("/settings/profile").with(csrf()).cookie(who).param("handle", handle)
                        .param("displayName", handle.replace('-', ' ')).param("bio", "**Loud** and proud")
                        .param("disciplines", "MUSICIAN").param("visibility", visibility).param("theme", "SYSTEM"))
                .andExpect(status().is3xxRedirection());
    }
}
