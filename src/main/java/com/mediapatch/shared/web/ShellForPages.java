package com.mediapatch.shared.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the {@link Shell} into the model of every page about to be rendered. Only views get it: JSON answers and
 * redirects never build one (a model attribute advice would, and it looks the viewer up in the database on every
 * API call). Exception handlers do not pass through here, so they call {@link Shell#forRequest} themselves.
 */
@Configuration(proxyBeanMethods = false)
class ShellForPages implements WebMvcConfigurer, HandlerInterceptor {

    private final ViewerLookup viewers;
    private final List<ShellNotices> notices;
    private final Clock clock;
    private final List<SettingsLink> settingsNav;
    private final List<GodModeLink> godModeNav;
    private final List<NavLink> mainNav;

    ShellForPages(ObjectProvider<ViewerLookup> viewers, List<ShellNotices> notices, ObjectProvider<Clock> clock,
            List<SettingsLink> settingsNav, List<GodModeLink> godModeNav, List<NavLink> mainNav) {
        this.viewers = viewers.getIfAvailable(() -> principal -> Optional.empty());
        this.notices = List.copyOf(notices);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.settingsNav = List.copyOf(settingsNav);
        this.godModeNav = List.copyOf(godModeNav);
        this.mainNav = List.copyOf(mainNav);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && page.hasView() && !isRedirect(page) && !page.getModel().containsKey("shell")) {
            page.addObject("shell", shell(request));
        }
    }

    private Shell shell(HttpServletRequest request) {
        return Shell.forRequest(request, viewers, notices, clock).withNavigation(settingsNav, godModeNav,
                mainNav.stream().filter(link -> link.audience().admits(request)).toList());
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getViewName() != null && page.getViewName().startsWith("redirect:");
    }
}
