package com.mediapatch.godmode;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@GodModeTest
class SiteModesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Gods gods;

    @Test
    void maintenanceModeClosesTheSiteToEveryoneButGod() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        mvc.perform(post(GodModeRoutes.SITE + "/maintenance").with(csrf()).cookie(god).param("on", "true").param("reason", "upgrade"));
        try {
            mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "300"))
                    .andExpect(status().reason(containsString("down for maintenance")));
            mvc.perform(get("/api/v1/site").accept(MediaType.APPLICATION_JSON)).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/sign-in")).andExpect(status().isOk());
            mvc.perform(get("/").cookie(god)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Maintenance mode is on")));
        } finally {
            mvc.perform(post(GodModeRoutes.SITE + "/maintenance").with(csrf()).cookie(god).param("on", "false"));
        }
    }

    @Test
    void theAnnouncementShowsAboveEveryPageForEveryone() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        mvc.perform(post(GodModeRoutes.SITE + "/announcement").with(csrf()).cookie(god).param("text", "Open mic <b>Friday</b>"));
        try {
            mvc.perform(get("/members")).andExpect(content().string(containsString("Open mic &lt;b&gt;Friday&lt;/b&gt;")));
        } finally {
            mvc.perform(post(GodModeRoutes.SITE + "/announcement").with(csrf()).cookie(god).param("text", ""));
        }
    }
}
