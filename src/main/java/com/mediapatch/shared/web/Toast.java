package com.mediapatch.shared.web;

import java.io.Serializable;
import java.util.Locale;

/**
 * A short message shown once, at the top of the next page the person sees.
 *
 * @param level decides colour, icon and how assistive technology announces it
 * @param text plain text (always escaped when rendered)
 */
public record Toast(Level level, String text) implements Serializable {

    /** How a toast looks and how urgently it is announced. */
    public enum Level {
        SUCCESS, INFO, WARNING, ERROR;

        public String cssClass() {
            return "toast--" + name().toLowerCase(Locale.ROOT);
        }

        /** Errors interrupt a screen reader; everything else waits politely. */
        public String ariaRole() {
            return this == ERROR ? "alert" : "status";
        }
    }
}
