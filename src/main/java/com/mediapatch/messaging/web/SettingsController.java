package com.mediapatch.messaging.web;

import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.WhoMayMessage;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's messaging settings. */
@Controller
class SettingsController {

    private final Messenger messenger;

    SettingsController(Messenger messenger) {
        this.messenger = messenger;
    }

    @GetMapping(MessagingRoutes.SETTINGS)
    String show(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("page", new SettingsPage(messenger.preferences(me.id())));
        return "messaging/settings";
    }

    @PostMapping(MessagingRoutes.SETTINGS)
    String save(@AuthenticationPrincipal Member me, @RequestParam WhoMayMessage whoMayMessage,
            @RequestParam(defaultValue = "false") boolean readReceipts, RedirectAttributes redirect) {
        messenger.savePreferences(me.id(), new MessagingPreferences(whoMayMessage, readReceipts));
        Toasts.success(redirect, "Your messaging settings are saved.");
        return "redirect:" + MessagingRoutes.SETTINGS;
    }
}
