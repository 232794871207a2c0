package com.mediapatch.places.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mediapatch.IntegrationTest;
import com.mediapatch.places.PlaceRoutes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlaceSuggestionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void typedTextGetsOptionsWithWhatThePickerFillsIn() throws Exception {
        mvc.perform(get(PlaceRoutes.SUGGESTIONS).param("city", "leeds").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"option\"")))
                .andExpect(content().string(containsString("data-place=\"2644688\"")))
                .andExpect(content().string(containsString("data-country=\"GB\"")))
                .andExpect(content().string(containsString("ENG, United Kingdom")));
    }

    @Test
    void oneLetterOrMarkupSuggestsNothingAndIsEscaped() throws Exception {
        mvc.perform(get(PlaceRoutes.SUGGESTIONS).param("city", "l")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("role=\"option\""))));
        mvc.perform(get(PlaceRoutes.SUGGESTIONS).param("city", "<script>alert(1)</script>"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("option"))))
                .andExpect(content().string(not(containsString("<script>"))));
    }
}
