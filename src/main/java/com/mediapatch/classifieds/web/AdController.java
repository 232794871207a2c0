package com.mediapatch.classifieds.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.messaging.Messaging;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.MessageRefused;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.Embeds;
import com.mediapatch.shared.Markdown;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ad page, the owner's steps (publish, renew, mark filled, delete) and the reply, which is a direct
 * message to the author quoting the ad, under messaging's rules (blocks, who may message).
 */
@Controller
class AdController {

    static final String AD = ClassifiedsRoutes.ADS + "/{id}";
    static final int LONGEST_REPLY = 2000;

    private final AdDesk desk;
    private final Profiles profiles;
    private final Messaging messaging;
    private final java.time.Clock clock;

    AdController(AdDesk desk, Profiles profiles, Messaging messaging, java.time.Clock clock) {
        this.desk = desk;
        this.profiles = profiles;
        this.messaging = messaging;
        this.clock = clock;
    }

    @GetMapping(AD)
    String show(@AuthenticationPrincipal Member me, @PathVariable AdId id, Model model) {
        return page(me, desk.visible(viewer(me), id), "", FormErrors.NONE, model);
    }

    @PostMapping(AD + "/publish")
    @PreAuthorize("isAuthenticated()")
    String publish(@AuthenticationPrincipal Member me, @PathVariable AdId id, RedirectAttributes redirect) {
        desk.publish(me.id(), id);
        Toasts.success(redirect, "Published. Your ad is listed for 30 days.");
        return "redirect:" + ClassifiedsRoutes.ad(id);
    }

    @PostMapping(AD + "/renew")
    @PreAuthorize("isAuthenticated()")
    String renew(@AuthenticationPrincipal Member me, @PathVariable AdId id, RedirectAttributes redirect) {
        desk.renew(me.id(), id);
        Toasts.success(redirect, "Renewed. Your ad is listed for another 30 days.");
        return "redirect:" + ClassifiedsRoutes.ad(id);
    }

    @PostMapping(AD + "/fill")
    @PreAuthorize("isAuthenticated()")
    String fill(@AuthenticationPrincipal Member me, @PathVariable AdId id, RedirectAttributes redirect) {
        desk.close(me.id(), id);
        Toasts.success(redirect, "Marked as filled. Congratulations!");
        return "redirect:" + ClassifiedsRoutes.ad(id);
    }

    @PostMapping(AD + "/delete")
    @PreAuthorize("isAuthenticated()")
    String delete(@AuthenticationPrincipal Member me, @PathVariable AdId id, RedirectAttributes redirect) {
        desk.delete(me.id(), id);
        Toasts.success(redirect, "Ad deleted.");
        return "redirect:" + ClassifiedsRoutes.MINE;
    }

    @PostMapping(AD + "/reply")
    @PreAuthorize("isAuthenticated()")
    String reply(@AuthenticationPrincipal Member me, @PathVariable AdId id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Ad ad = desk.visible(me.id(), id);
        String typed = text.strip();
        String problem = typed.isEmpty() ? "Write a few words to the author."
                : typed.length() > LONGEST_REPLY ? "Use at most " + LONGEST_REPLY + " characters." : null;
        if (problem == null && ad.ownedBy(me.id())) {
            problem = "This is your own ad.";
        }
        if (problem == null) {
            try {
                UUID conversation = messaging.startDirect(me.id(), ad.owner());
                messaging.send(conversation, me.id(), quote(ad) + typed);
                Toasts.success(redirect, "Reply sent.");
                return "redirect:" + MessagingRoutes.conversation(conversation);
            } catch (MessageRefused refused) {
                problem = refused.getMessage();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(me, ad, text, new FormErrors(Map.of("text", problem), java.util.List.of()), model);
    }

    /** The quoted ad that opens a reply: its title and where it is. */
    static String quote(Ad ad) {
        return "Re: your ad \u201c" + ad.title() + "\u201d (" + ClassifiedsRoutes.ad(ad.id()) + ")\n\n";
    }

    private String page(Member me, Ad ad, String reply, FormErrors errors, Model model) {
        boolean mine = me != null && ad.ownedBy(me.id());
        model.addAttribute("page", new AdPage(ad, profiles.of(ad.owner()).orElse(null),
                Markdown.toSafeHtml(ad.details().description()),
                ad.details().mediaLinks().stream().flatMap(link -> Embeds.parse(link).stream()).toList(), mine, me != null,
                clock.instant(), reply, errors));
        return "classifieds/ad";
    }

    private static AccountId viewer(Member me) {
        return me == null ? null : me.id();
    }
}
