package com.mediapatch.notifications.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;
import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.notifications.internal.NotificationKinds;
import com.mediapatch.notifications.internal.NotificationPreferences;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Chooses in-app, email digest or off per kind. The form posts one field per kind slug
 * (which a record cannot bind); every kind must come with a known delivery or nothing is saved.
 */
@Controller
class NotificationSettingsController {

    private final NotificationPreferences preferences;
    private final NotificationKinds kinds;

    NotificationSettingsController(NotificationPreferences preferences, NotificationKinds kinds) {
        this.preferences = preferences;
        this.kinds = kinds;
    }

    @GetMapping(NotificationRoutes.SETTINGS)
    String show(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("page", new NotificationSettingsPage(preferences.of(me.id()), null));
        return "notifications/settings";
    }

    @PostMapping(NotificationRoutes.SETTINGS)
    String save(@AuthenticationPrincipal Member me, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<NotificationKind, Delivery> choices = new LinkedHashMap<>();
        for (NotificationKind kind : kinds.all()) {
            Delivery chosen = parse(form.get(kind.slug()));
            if (chosen == null) {
                model.addAttribute("page", new NotificationSettingsPage(preferences.of(me.id()),
                        "Choose how to receive " + kind.label().toLowerCase() + "."));
                response.setStatus(422);
                return "notifications/settings";
            }
            choices.put(kind, chosen);
        }
        preferences.choose(me.id(), choices);
        Toasts.success(redirect, "Notification settings saved.");
        return "redirect:" + NotificationRoutes.SETTINGS;
    }

    private static Delivery parse(String value) {
        for (Delivery delivery : Delivery.values()) {
            if (delivery.name().equals(value)) {
                return delivery;
            }
        }
        return null;
    }
}
