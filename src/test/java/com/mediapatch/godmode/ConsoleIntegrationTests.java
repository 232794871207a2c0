package com.mediapatch.godmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@GodModeTest
class ConsoleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Gods gods;

    @Autowired
    AuditTrail audit;

    @Autowired
    Profiles profiles;

    Cookie god;

    @BeforeEach
    void freshGod() throws Exception {
        god = gods.session();
        gods.stepUp();
    }

    @Test
    void helpListsEveryCommandWithItsUsage() throws Exception {
        run("help").andExpect(content().string(containsString("user suspend @handle --days 7")))
                .andExpect(content().string(containsString("site readonly on|off")))
                .andExpect(content().string(containsString("audit verify")))
                .andExpect(content().string(containsString("key rotate")));
    }

    @Test
    void anUnknownCommandNamesTheClosestOneAndRunsNothing() throws Exception {
        preview("usr suspnd @nobody --days 2 --reason x").andExpect(status().isOk())
                .andExpect(content().string(containsString("Did you mean 'user suspend'?")));
    }

    @Test
    void previewChangesNothingAndRunSuspendsAndAuditsTheOutcome() throws Exception {
        String email = accounts.verifiedMember("Console Target");
        String handle = "@" + profiles.of(accounts.accountId(email)).orElseThrow().handle();
        String line = "user suspend " + handle + " --days 3 --reason \"spam links\"";

        preview(line).andExpect(content().string(containsString("Suspend " + handle)));
        assertThat(accounts.signsIn(email)).as("a preview runs nothing").isTrue();

        run(line).andExpect(content().string(containsString("is suspended until")));
        assertThat(accounts.signsIn(email)).isFalse();
        AuditEntry command = audit.awaitEntry("godmode.console-command-run", "console");
        assertThat(audit.entries("godmode.console-command-run", "console"))
                .anySatisfy(entry -> assertThat(entry.details()).containsEntry("line", line).containsEntry("result", "succeeded"));
        assertThat(command.reason()).isNotNull();
        assertThat(audit.awaitEntry("godmode.account-suspended", "member:" + accounts.accountId(email)).reason()).isEqualTo("spam links");
    }

    @Test
    void destructiveCommandsNeedAReason() throws Exception {
        String email = accounts.verifiedMember("Reasonless");
        String handle = "@" + profiles.of(accounts.accountId(email)).orElseThrow().handle();

        run("user ban " + handle).andExpect(content().string(containsString("needs a reason")));

        assertThat(accounts.signsIn(email)).isTrue();
    }

    @Test
    void readOnlyModeFromTheConsoleStopsMembersChangingThings() throws Exception {
        Cookie member = accounts.signIn(accounts.verifiedMember("Read Only Reader"));
        try {
            run("site readonly on --reason \"database move\"").andExpect(content().string(containsString("Read-only mode is on")));

            mvc.perform(post("/settings/profile").with(csrf()).cookie(member).param("displayName", "Changed"))
                    .andExpect(status().isServiceUnavailable());
            mvc.perform(get("/members").cookie(member)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("read-only for a little while")));
        } finally {
            run("site readonly off");
        }
        mvc.perform(get("/members").cookie(member)).andExpect(content().string(not(containsString("read-only for a little while"))));
    }

    @Test
    void suggestionsCompleteCommandNames() throws Exception {
        mvc.perform(get(GodModeRoutes.CONSOLE_SUGGESTIONS).cookie(god).param("line", "user s"))
                .andExpect(content().string(containsString("user suspend @handle")))
                .andExpect(content().string(containsString("user sessions end @handle")))
                .andExpect(content().string(not(containsString("site readonly"))));
    }

    @Test
    void theAuditLogVerifiesFromTheConsole() throws Exception {
        run("audit verify").andExpect(content().string(containsString("PASSED")));
    }

    private ResultActions preview(String line) throws Exception {
        return mvc.perform(post(GodModeRoutes.CONSOLE).with(csrf()).cookie(god).param("line", line));
    }

    private ResultActions run(String line) throws Exception {
        return mvc.perform(post(GodModeRoutes.CONSOLE_RUN).with(csrf()).cookie(god).param("line", line));
    }
}
