package com.mediapatch.site.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;

/** Says, in one sentence, why a request body could not be read: what and where. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return describe(jackson);
            }
        }
        return "The request body is missing or cannot be read as JSON.";
    }

    private static String describe(JacksonException e) {
        StringBuilder text = new StringBuilder("Malformed JSON: ").append(firstSentence(e.getOriginalMessage()));
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            text.append(" (line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        String path = e.getPathReference();
        if (!e.getPath().isEmpty() && path != null) {
            text.append(" at ").append(path.replaceAll("^.*?\\[", "["));
        }
        return text.toString();
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf('\n');
        // Jackson names Java types in backticks (`java.lang.String`); say the simple name, never the package.
        return (cut < 0 ? message : message.substring(0, cut)).strip().replaceAll("`(?:[\\w$]+\\.)*([\\w$]+)`", "$1");
    }
}
