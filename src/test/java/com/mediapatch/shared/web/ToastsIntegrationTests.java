package com.mediapatch.shared.web;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
@Import(ToastsIntegrationTests.SavingProbe.class)
class ToastsIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** The flash map lives in the server-side session, so the next request presents its cookie. */
    @Test
    void toastQueuedBeforeARedirectIsShownOnceOnTheNextPage() throws Exception {
        MvcResult saved = mvc.perform(post("/probe/save").with(csrf())).andExpect(redirectedUrl("/")).andReturn();

        mvc.perform(get("/").cookie(saved.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("toast--success")))
                .andExpect(content().string(containsString("role=\"status\"")))
                .andExpect(content().string(containsString("Saved &lt;b&gt;draft&lt;/b&gt;")));
        mvc.perform(get("/").cookie(saved.getResponse().getCookie("SESSION")))
                .andExpect(content().string(not(containsString("toast--success"))));
    }

    @Test
    void errorToastsInterruptScreenReaders() throws Exception {
        MvcResult failed = mvc.perform(post("/probe/fail").with(csrf())).andReturn();

        mvc.perform(get("/").cookie(failed.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("Could not save")));
    }

    @Controller
    static class SavingProbe {

        @PostMapping("/probe/save")
        String save(RedirectAttributes redirect) {
            Toasts.success(redirect, "Saved <b>draft</b>");
            return "redirect:/";
        }

        @PostMapping("/probe/fail")
        String fail(RedirectAttributes redirect) {
            Toasts.error(redirect, "Could not save");
            return "redirect:/";
        }
    }
}
