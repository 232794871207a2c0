package com.mediapatch.notifications.web;

import java.time.Clock;
import java.util.UUID;

import com.mediapatch.identity.Member;
import com.mediapatch.notifications.NotificationNotFound;
import com.mediapatch.notifications.NotificationPage;
import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.notifications.internal.BellUpdates;
import com.mediapatch.notifications.internal.NotificationStore;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre: the member's own notifications, opening one marks it read. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationCentreController {

    static final int PAGE_SIZE = 20;

    private final NotificationStore store;
    private final BellUpdates bell;
    private final Clock clock;

    NotificationCentreController(NotificationStore store, BellUpdates bell, Clock clock) {
        this.store = store;
        this.bell = bell;
        this.clock = clock;
    }

    @GetMapping(NotificationRoutes.CENTRE)
    String centre(@AuthenticationPrincipal Member me, @RequestParam(required = false) String after, Model model) {
        NotificationPage page = store.page(me.id(), after, PAGE_SIZE);
        model.addAttribute("page", new NotificationCentrePage(page.items(), store.unread(me.id()), page.next(),
                after != null && !after.isBlank()));
        return "notifications/centre";
    }

    @GetMapping(NotificationRoutes.BADGE)
    String badge(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("unread", store.unread(me.id()));
        return "notifications/badge";
    }

    @PostMapping(NotificationRoutes.CENTRE + "/{id}/open")
    String open(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        String link = store.markRead(me.id(), id, clock.instant());
        if (link == null) {
            throw new NotificationNotFound();
        }
        bell.changed(me.id());
        return "redirect:" + link;
    }

    @PostMapping(NotificationRoutes.READ_ALL)
    String readAll(@AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        int marked = store.markAllRead(me.id(), clock.instant());
        bell.changed(me.id());
        Toasts.success(redirect, marked == 0 ? "Nothing was unread." : "All caught up: marked " + marked + " as read.");
        return "redirect:" + NotificationRoutes.CENTRE;
    }
}
