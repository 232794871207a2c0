package com.mediapatch.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class StaticAssetsIntegrationTests {

    private static final Pattern APP_SCRIPT = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkScriptsByContentHashAndTheyAreCachedForAYearPrecompressed() throws Exception {
        String page = mvc.perform(get("/sign-in").accept("text/html")).andReturn().getResponse().getContentAsString();
        Matcher script = APP_SCRIPT.matcher(page);
        assertThat(script.find()).as("fingerprinted app.js in the page").isTrue();
        assertThat(page).containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/webjars/htmx.org/2[^\"]*/dist/htmx.min-[0-9a-f]{32}\\.js\"");

        MockHttpServletResponse gzipped = mvc.perform(get(script.group(1)).header("Accept-Encoding", "gzip, deflate"))
                .andReturn().getResponse();
        assertThat(gzipped.getStatus()).isEqualTo(200);
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getHeaders("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(gzipped.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        assertThat(gzipped.getHeader("Content-Security-Policy")).as("security headers still apply").isNotBlank();

        MockHttpServletResponse plain = mvc.perform(get(script.group(1))).andReturn().getResponse();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).contains("htmx");
    }
}
