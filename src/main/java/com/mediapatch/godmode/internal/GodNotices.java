package com.mediapatch.godmode.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.SiteState;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.web.Notice;
import com.mediapatch.shared.web.ShellNotices;

import org.springframework.stereotype.Component;

/** The announcement, the site's mode and the impersonation banner, above every page. */
@Component
class GodNotices implements ShellNotices {

    private final SiteSettings settings;
    private final Impersonation impersonation;
    private final Profiles profiles;

    GodNotices(SiteSettings settings, Impersonation impersonation, Profiles profiles) {
        this.settings = settings;
        this.impersonation = impersonation;
        this.profiles = profiles;
    }

    @Override
    public List<Notice> notices(HttpServletRequest request) {
        List<Notice> notices = new ArrayList<>();
        impersonation.current(request).ifPresent(state -> notices.add(new Notice(Notice.Kind.IMPERSONATION,
                "You are viewing the site as " + profiles.of(state.member()).map(profile -> "@" + profile.handle() + " (")
                        .orElse("(") + state.memberEmail() + "). Every page you open is recorded; nothing can be changed.",
                GodModeRoutes.IMPERSONATION_END, "Leave this view")));
        SiteState state = settings.state();
        boolean god = request.isUserInRole("GOD");
        if (state.maintenance() && god) {
            notices.add(Notice.of(Notice.Kind.WARNING, "Maintenance mode is on: only God accounts get in."));
        }
        if (state.readOnly()) {
            notices.add(Notice.of(Notice.Kind.WARNING, god ? "Read-only mode is on: members cannot change anything."
                    : "The site is read-only for a little while: you can look around, but changes can't be saved."));
        }
        if (state.announcement() != null) {
            notices.add(Notice.of(Notice.Kind.ANNOUNCEMENT, state.announcement()));
        }
        return notices;
    }
}
