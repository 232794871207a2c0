package com.mediapatch.shared.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class ShellForPagesTests {

    private final AtomicInteger lookups = new AtomicInteger();
    private final ShellForPages shells = shellForPages();

    @Test
    void aPageAboutToBeRenderedGetsTheShellWithTheViewer() {
        ModelAndView page = new ModelAndView("profiles/directory");

        shells.postHandle(signedIn(), new MockHttpServletResponse(), this, page);

        assertThat(page.getModel().get("shell")).isInstanceOf(Shell.class);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void answersWithoutAViewNeverLookTheViewerUp() {
        ModelAndView redirect = new ModelAndView("redirect:/members");

        shells.postHandle(signedIn(), new MockHttpServletResponse(), this, redirect);
        shells.postHandle(signedIn(), new MockHttpServletResponse(), this, null); // a JSON answer has no ModelAndView

        assertThat(redirect.getModel()).doesNotContainKey("shell");
        assertThat(lookups).hasValue(0);
    }

    private ShellForPages shellForPages() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("viewers", (ViewerLookup) principal -> {
            lookups.incrementAndGet();
            return Optional.empty();
        });
        beans.addBean("clock", Clock.systemUTC());
        return new ShellForPages(beans.getBeanProvider(ViewerLookup.class), List.of(), beans.getBeanProvider(Clock.class),
                List.of(), List.of(), List.of());
    }

    private static MockHttpServletRequest signedIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members");
        request.setUserPrincipal(() -> "0b7e5a39-8f1e-4c3a-9d55-2f4f1c2a9e10");
        return request;
    }
}
