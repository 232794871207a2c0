package com.mediapatch.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

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

    /** For exception handlers, which get no RedirectAttributes: an error toast for the page redirected to. */
    public static void errorAfterRedirect(HttpServletRequest request, String text) {
        RequestContextUtils.getOutputFlashMap(request).put(FLASH_ATTRIBUTE, List.of(new Toast(Toast.Level.ERROR, text)));
    }

    @SuppressWarnings("unchecked")
    private static void add(RedirectAttributes redirect, Toast toast) {
        var queued = (List<Toast>) redirect.getFlashAttributes().get(FLASH_ATTRIBUTE);
        var toasts = queued == null ? new ArrayList<Toast>() : new ArrayList<>(queued);
        toasts.add(toast);
        redirect.addFlashAttribute(FLASH_ATTRIBUTE, List.copyOf(toasts));
    }
}
