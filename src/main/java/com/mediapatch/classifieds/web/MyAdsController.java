package com.mediapatch.classifieds.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdStore;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** “My ads”: every ad of the signed-in member with its status, a keyset page at a time. */
@Controller
@PreAuthorize("isAuthenticated()")
class MyAdsController {

    static final int PAGE_SIZE = 20;

    private final AdStore store;
    private final Clock clock;

    MyAdsController(AdStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping(ClassifiedsRoutes.MINE)
    String mine(@AuthenticationPrincipal Member me, @RequestParam(required = false) String after, Model model) {
        KeysetPage<Ad> page = store.ownedBy(me.id(), PageCursor.parse(after), PAGE_SIZE);
        model.addAttribute("page", new MyAdsPage(page.items(), page.next() == null ? null
                : ClassifiedsRoutes.MINE + "?after=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8),
                clock.instant()));
        return "classifieds/mine";
    }
}
