package com.mediapatch.shared.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link Shell} into the model of every page handler. Exception handlers do not
 * get model attributes, so they call {@link Shell#forRequest} themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final ViewerLookup viewers;
    private final List<ShellNotices> notices;
    private final Clock clock;
    private final List<SettingsLink> settingsNav;
    private final List<NavLink> mainNav;

    ShellAdvice(ObjectProvider<ViewerLookup> viewers, List<ShellNotices> notices, ObjectProvider<Clock> clock,
            List<SettingsLink> settingsNav, List<NavLink> mainNav) {
        this.viewers = viewers.getIfAvailable(() -> principal -> Optional.empty());
        this.notices = List.copyOf(notices);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.settingsNav = List.copyOf(settingsNav);
        this.mainNav = List.copyOf(mainNav);
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        return Shell.forRequest(request, viewers, notices, clock).withNavigation(settingsNav,
                mainNav.stream().filter(link -> link.audience().admits(request)).toList());
    }
}
