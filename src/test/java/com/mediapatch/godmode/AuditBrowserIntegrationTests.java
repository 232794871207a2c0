package com.mediapatch.godmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.InclusionProof;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GodModeTest
class AuditBrowserIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Gods gods;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLog log;

    @Test
    void godFiltersTheLogByActionAndDate() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        AuditEntry stepUp = audit.awaitEntry("godmode.stepped-up", null);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        mvc.perform(get(GodModeRoutes.AUDIT).cookie(god).param("action", "godmode.stepped-up")).andExpect(status().isOk())
                .andExpect(content().string(containsString(GodModeRoutes.AUDIT + "/" + stepUp.sequence() + "\"")));
        mvc.perform(get(GodModeRoutes.AUDIT).cookie(god).param("action", "godmode.stepped-up").param("from", tomorrow))
                .andExpect(content().string(containsString("No entries match.")))
                .andExpect(content().string(not(containsString(GodModeRoutes.AUDIT + "/" + stepUp.sequence() + "\""))));
    }

    @Test
    void theAuditPageShowsTheCheckpointKeyFingerprintToPin() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();

        mvc.perform(get(GodModeRoutes.AUDIT).cookie(god)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<code id=\"checkpoint-key-fingerprint\">"
                        + log.checkpointKeyFingerprint() + "</code>")));
    }

    @Test
    void anEntryShowsItsHashesAndItsProofVerifies() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        AuditEntry stepUp = audit.awaitEntry("godmode.stepped-up", null);

        mvc.perform(get(GodModeRoutes.AUDIT + "/" + stepUp.sequence()).cookie(god)).andExpect(status().isOk())
                .andExpect(content().string(containsString(stepUp.leafHash())))
                .andExpect(content().string(containsString(stepUp.chainHash())));
        String proof = mvc.perform(get(GodModeRoutes.AUDIT + "/" + stepUp.sequence() + "/proof").cookie(god))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(proof, "$.leafHash")).isEqualTo(stepUp.leafHash());
        assertThat(new InclusionProof(stepUp.sequence(), ((Number) JsonPath.read(proof, "$.treeSize")).longValue(),
                JsonPath.read(proof, "$.leafHash"), JsonPath.read(proof, "$.path"), JsonPath.read(proof, "$.root")).verifies()).isTrue();
    }
}
