package com.mediapatch.godmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GodModeTest
class ImpersonationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Gods gods;

    @Autowired
    AuditTrail audit;

    @Test
    void godSeesTheSiteAsTheMemberButCannotActAndEveryViewIsRecorded() throws Exception {
        AccountId member = accounts.accountId(accounts.verifiedMember("Viewed Violinist"));
        Cookie god = gods.session();
        gods.stepUp();

        mvc.perform(post(GodModeRoutes.member(member) + "/impersonate").with(csrf()).cookie(god));
        try {
            mvc.perform(get("/settings/profile").cookie(god)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Viewed Violinist")))
                    .andExpect(content().string(containsString("You are viewing the site as")));
            mvc.perform(post("/settings/profile").with(csrf()).cookie(god).param("displayName", "Hijacked"))
                    .andExpect(status().isForbidden());
            mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(god)).andExpect(status().isForbidden());
            mvc.perform(get(GodModeRoutes.CONSOLE).cookie(god)).andExpect(status().isForbidden());

            AuditEntry view = audit.awaitEntry("godmode.impersonated-page-viewed", "/settings/profile");
            assertThat(view.actor()).isEqualTo("member:" + accounts.accountId(Gods.EMAIL));
            assertThat(view.effectiveActor()).isEqualTo("member:" + member);
        } finally {
            mvc.perform(post(GodModeRoutes.IMPERSONATION_END).with(csrf()).cookie(god));
        }
        mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(god)).andExpect(status().isOk());
        audit.awaitEntry("godmode.impersonation-ended", "member:" + member);
    }
}
