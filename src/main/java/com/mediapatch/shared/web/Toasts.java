package com.mediapatch.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Queues toasts for the page a redirect leads to (post/redirect/get). */
public final class Toasts {

    static final String FLASH_ATTRIBUTE = "mediapatch.toasts";

    private Toasts() {
    }

    public static void success(RedirectAttributes redirect, String text) {
        add(redirect, new Toast(Toast.Level.SUCCESS, text));
    }

    public static void info(RedirectAttributes redirect, String text) {
        add(redirect, new Toast(Toast.Level.INFO, text));
    }

    public static void error(RedirectAttributes redirect, String text) {
        add(redirect, new Toast(Toast.Level.ERROR, text));
    }

    @SuppressWarnings("unchecked")
    private static void add(RedirectAttributes redirect, Toast toast) {
        var queued = (List<Toast>) redirect.getFlashAttributes().get(FLASH_ATTRIBUTE);
        var toasts = queued == null ? new ArrayList<Toast>() : new ArrayList<>(queued);
        toasts.add(toast);
        redirect.addFlashAttribute(FLASH_ATTRIBUTE, List.copyOf(toasts));
    }
}
