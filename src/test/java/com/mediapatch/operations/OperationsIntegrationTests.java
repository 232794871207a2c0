package com.mediapatch.operations;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void livenessAndReadinessProbesAreUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void healthRevealsNoComponentDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void prometheusMetricsAreScrapeable() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void metricsAndBuildInfoAnswerOnlyTheOperatorsAddressesWhileHealthStaysPublic() throws Exception {
        for (String hidden : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/startup", "/actuator", "/actuator/"}) {
            mvc.perform(get(hidden).with(fromAddress("203.0.113.7"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/actuator/health").with(fromAddress("203.0.113.7"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness").with(fromAddress("203.0.113.7"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(fromAddress("::1"))).andExpect(status().isOk());
    }

    @Test
    void theStartUpTimelineAnswersOnlyTheOperatorsAddresses() throws Exception {
        mvc.perform(get("/actuator/startup").with(fromAddress("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline.events[0].startupStep.name").exists());
        mvc.perform(get("/actuator/startup").with(fromAddress("203.0.113.7"))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void onlyOperatorEndpointsAreExposed() throws Exception {
        for (String hidden : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings"}) {
            mvc.perform(get("/actuator/" + hidden)).andExpect(status().isNotFound());
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsAWellFormedOne() throws Exception {
        mvc.perform(get("/")).andExpect(header().string(RequestIds.HEADER, org.hamcrest.Matchers.hasLength(36)));
        mvc.perform(get("/").header(RequestIds.HEADER, "proxy-1234abcd"))
                .andExpect(header().string(RequestIds.HEADER, "proxy-1234abcd"));
    }

    @Test
    void openApiDescribesTheVersionedApi() throws Exception {
        mvc.perform(get(ApiDocumentation.OPENAPI_PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("The Media Patch API"))
                .andExpect(jsonPath("$.paths['/api/v1/site'].get").exists());
    }

    @Test
    void siteInfoNamesTheInstallationAndItsApi() throws Exception {
        mvc.perform(get("/api/v1/site"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("The Media Patch"))
                .andExpect(jsonPath("$.openApi").value(ApiDocumentation.OPENAPI_PATH));
    }

    @Test
    void migrationsCreatedTheEventPublicationRegistry() {
        Integer tables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = 'event_publication' "
                        + "and table_schema = current_schema()",
                Integer.class);
        assertThat(tables).isEqualTo(1);
    }
}
