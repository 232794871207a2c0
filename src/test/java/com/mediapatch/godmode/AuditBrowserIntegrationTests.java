package com.mediapatch.godmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.SqlStatements;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.audit.AuditableAction;
import com.mediapatch.audit.internal.AuditChain;
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

    @Autowired
    AuditChain chain;

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

    @Test
    void anEntryNumberThatNamesNoEntryIsNotFound() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();

        mvc.perform(get(GodModeRoutes.AUDIT + "/" + Long.MAX_VALUE).cookie(god)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No audit entry has that number.")));
        mvc.perform(get(GodModeRoutes.AUDIT + "/twelve").cookie(god)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No audit entry has that number.")));
    }

    @Test
    void theFilteredAuditPageCostsTheSameStatementsForThreeEntriesAsForThirty() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        String action = "test.statements-" + UUID.randomUUID().toString().substring(0, 8);
        append(action, 0, 3);
        statementsForThePage(god, action, "entry 2");
        int forThree = statementsForThePage(god, action, "entry 2");

        append(action, 3, 30);
        statementsForThePage(god, action, "entry 29"); // site settings are kept five seconds: reloaded once after the wait
        int forThirty = statementsForThePage(god, action, "entry 29");

        assertThat(forThirty).isEqualTo(forThree);
    }

    @Test
    void anActorFilterFindsEntriesByTheActorAndThoseDoneAsThem() throws Exception {
        String actor = "member:" + UUID.randomUUID();
        AuditEntry own = chain.append(AuditableAction.of(Instant.now(), actor, "test.own", null, null, Map.of()));
        AuditEntry asThem = chain.append(new AuditableAction(Instant.now(), "god:someone", actor, "test.as-them", null,
                null, null, null, Map.of()));
        chain.append(AuditableAction.of(Instant.now(), "member:" + UUID.randomUUID(), "test.other", null, null, Map.of()));

        assertThat(log.entries(new AuditQuery(null, actor, null, null, null, null, 10)).entries())
                .extracting(AuditEntry::sequence).containsExactly(asThem.sequence(), own.sequence());
        assertThat(log.entries(new AuditQuery(null, actor, null, null, null, null, 1)).next()).isEqualTo(asThem.sequence());
        assertThat(log.entries(new AuditQuery(null, actor, null, null, null, asThem.sequence(), 10)).entries())
                .extracting(AuditEntry::sequence).containsExactly(own.sequence());
    }

    private int statementsForThePage(Cookie god, String action, String newest) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(GodModeRoutes.AUDIT).cookie(god).param("action", action)).andExpect(status().isOk())
                .andExpect(content().string(containsString(newest)));
        return SqlStatements.countSinceLastAsked();
    }

    private void append(String action, int from, int to) {
        for (int i = from; i < to; i++) {
            chain.append(AuditableAction.of(Instant.now(), "system", action, "entry " + i, null, Map.of()));
        }
    }
}
