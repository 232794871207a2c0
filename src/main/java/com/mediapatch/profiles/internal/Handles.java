package com.mediapatch.profiles.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Rules for handles and how a first one is made from a display name. */
public final class Handles {

    /** 3 to 30 lower-case letters, digits and single hyphens, not at either end. */
    public static final String PATTERN = "[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,29}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Handles() {
    }

    public static boolean isValid(String handle) {
        return handle != null && VALID.matcher(handle).matches();
    }

    /** "Zoë Brontë-Smith" becomes "zoe-bronte-smith"; a taken one gets "-2", "-3"... */
    static String suggest(String displayName, Predicate<String> taken) {
        String base = MARKS.matcher(Normalizer.normalize(displayName, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 24) {
            base = base.substring(0, 24).replaceAll("-+$", "");
        }
        if (base.length() < 3) {
            base = "member" + (base.isEmpty() ? "" : "-" + base);
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
