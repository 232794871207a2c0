package com.mediapatch.ai.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drafts the offline text provider writes when asked for something it has a shape for: an ad, a bio, an event
 * description or a message. There is no language model behind them: the member's own words go into a fixed
 * shape, and what only they can say is left in [brackets] to fill in.
 */
final class DraftTemplates {

    static final String MODEL = "template";
    static final String NOTICE = "A template draft (this site has no language model): fill in the parts in [brackets].";

    private static final Pattern ASKED = Pattern.compile("^\\s*(?:please\\s+)?(?:can you\\s+|could you\\s+)?"
            + "(?:help me\\s+)?(?:write|draft|compose|create|make)\\s+(?:me\\s+|us\\s+)?(?:an?\\s+|my\\s+|our\\s+|the\\s+)?"
            + "(ad|advert|advertisement|classified|bio|biography|event description|event|gig description|message|reply)\\b(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LEAD_IN = Pattern.compile("^(?:for|about|to|saying|that says|:|-)\\s+", Pattern.CASE_INSENSITIVE);

    private DraftTemplates() {
    }

    /** A draft when the prompt asks to write one of the shapes this knows, otherwise nothing. */
    static Optional<String> draft(String prompt) {
        Matcher asked = ASKED.matcher(prompt);
        if (!asked.find()) {
            return Optional.empty();
        }
        String about = sentence(LEAD_IN.matcher(asked.group(2).strip()).replaceFirst(""));
        String body = switch (asked.group(1).toLowerCase(Locale.ROOT)) {
            case "bio", "biography" -> bio(about);
            case "event", "event description", "gig description" -> event(about);
            case "message", "reply" -> message(about);
            default -> ad(about);
        };
        return Optional.of(NOTICE + "\n\n" + body);
    }

    private static String ad(String about) {
        String title = about.isEmpty() ? "[What you offer or want, in a few words]" : about.substring(0, about.length() - 1);
        return "Title: " + title + "\n\n"
                + or(about, "[What you offer or want.]") + " [Your style and influences, with a link to something you have recorded.]\n\n"
                + "What we are looking for: [experience, gear, how often you can rehearse or play].\n"
                + "Where: [town or city, or remote]. Commitment: [hobby, semi-pro or pro; paid or unpaid].\n\n"
                + "Reply to this ad with a little about yourself and a link to your playing.";
    }

    private static String bio(String about) {
        return or(about, "[Who you are and what you make.]") + " [Where you are based, and who you play or work with.]\n\n"
                + "[Two or three records, shows or pieces you are proud of, and when they came out.]\n\n"
                + "[What you are looking for here: bandmates, sessions, collaborators, gigs.]";
    }

    private static String event(String about) {
        return or(about, "[What the event is, in one line.]") + "\n\n"
                + "[Who is on, in running order.] Doors at [time], music from [time].\n"
                + "[Price, or free entry.] [Age limit.] [How to get there, and step-free access.]\n\n"
                + "[Where to find tickets or more about the acts.]";
    }

    private static String message(String about) {
        return "Hi [name],\n\n" + or(about, "[What you want to say.]") + "\n\n"
                + "[What you would like to happen next: a call, a rehearsal, a reply by a date.]\n\n"
                + "Thanks,\n[your name]";
    }

    /** The words asked about as a sentence: a capital first, a full stop last; empty when there were none. */
    private static String sentence(String words) {
        String trimmed = words.strip().replaceAll("[.!?]+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1) + ".";
    }

    private static String or(String written, String gap) {
        return written.isEmpty() ? gap : written;
    }
}
