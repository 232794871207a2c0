package com.mediapatch.audit.internal;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RefusalAuditingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RefusalAuditing refusals;

    @Autowired
    AuditLog log;

    @Test
    void refusedRequestsOfOneClientBecomeOneCountedEntry() throws Exception {
        refusals.writeAll();
        long before = log.size();

        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/sign-up").param("email", "csrf@example.org")).andExpect(status().isForbidden());
        }
        refusals.writeAll();

        assertThat(log.entries(new AuditQuery(RefusalWindows.ACTION, null, null, null, null, null, 50)).entries())
                .filteredOn(entry -> entry.sequence() > before).singleElement().satisfies((AuditEntry entry) -> {
                    assertThat(entry.reason()).isEqualTo("csrf-token-invalid");
                    assertThat(entry.target()).isEqualTo("POST /sign-up");
                    assertThat(entry.actor()).startsWith("address:");
                    assertThat(entry.details()).containsEntry("count", "3");
                });
    }
}
