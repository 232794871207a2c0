package com.mediapatch.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.internal.PersonalTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A module that exists only in this package plugs into navigation, settings, API scopes and the
 * route table the security suite reads, with no edit anywhere else. Runs in the shared context;
 * its rate-limit rule is proved in the rate-limit context by {@link KitCheckRateLimitIntegrationTests}.
 */
@IntegrationTest
class KitCheckIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    ApiScopes scopes;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theMainNavigationShowsItsEntryToTheAudienceItNamesOnly() throws Exception {
        String link = "<a href=\"" + KitCheckModule.PAGE + "\"";
        mvc.perform(get("/").with(user(UUID.randomUUID().toString()).authorities(() -> KitCheckModule.VISIT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(link + ">Kit check</a>")));
        mvc.perform(get("/").with(user(UUID.randomUUID().toString()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void theSettingsNavigationListsItsLink() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Kit Checker"));
        mvc.perform(get("/settings/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + KitCheckModule.PAGE + "\"")));
    }

    @Test
    void itsScopeIsOfferedDescribedAndEnforcedByApiCaller() throws Exception {
        String email = accounts.verifiedMember("Kit Scoper");
        AccountId me = accounts.accountId(email);
        mvc.perform(get("/settings/tokens").cookie(accounts.signIn(email))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + KitCheckModule.READ + "\"")))
                .andExpect(content().string(containsString("Read the kit check")));

        String kitToken = personalTokens.create(me, "kit", List.of(scopes.require(KitCheckModule.READ)), 7);
        mvc.perform(get(KitCheckModule.API).header("Authorization", "Bearer " + kitToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.caller").value(me.value().toString()));
        String profileToken = personalTokens.create(me, "profile", List.of(scopes.require("profile:read")), 7);
        mvc.perform(get(KitCheckModule.API).header("Authorization", "Bearer " + profileToken))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", containsString("scope=\"" + KitCheckModule.READ + "\"")));
        mvc.perform(get(KitCheckModule.API)).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/kitcheck'].get.description").value("Needs scope kitcheck:read."));
    }

    @Test
    void itsRoutesAreInTheRouteTableTheSecuritySuiteReads() {
        // The suite (CsrfIntegrationTests, RouteInputsAttackIntegrationTests, IdorIntegrationTests) takes every
        // handler of a com.mediapatch bean from this mapping, in this same context, so these routes are attacked too.
        List<String> routes = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("com.mediapatch"))
                .flatMap(entry -> entry.getKey().getPatternValues().stream()).toList();
        assertThat(routes).contains(KitCheckModule.PAGE, KitCheckModule.PINGS, KitCheckModule.API);
    }
}
