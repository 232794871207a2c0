package com.mediapatch.shared.web;

import java.util.Objects;

/**
 * A script file one page needs besides the shell's own (theme, htmx, app.js, and live.js for
 * signed-in members). A module names its page scripts as constants beside its routes, and its
 * templates hand them to the layout ({@code scripts = List.of(...)}): the layout loads them under
 * their fingerprinted names and lists them on the page, so app.js adds them after a boosted
 * navigation, which swaps the body but never reads the head again.
 *
 * @param path the file under the static folder, such as /js/messages.js, or in a web jar, such as
 *        /webjars/swagger-ui/swagger-ui-bundle.js
 */
public record PageScript(String path) {

    /** Buttons marked data-copy that put an element's text on the clipboard and say whether it worked. */
    public static final PageScript COPY = new PageScript("/js/copy.js");

    /** Link cards (components/embedCard) that load their provider's player only when the reader asks. */
    public static final PageScript PLAYERS = new PageScript("/js/players.js");

    public PageScript {
        Objects.requireNonNull(path, "path");
        if (!(path.startsWith("/js/") || path.startsWith("/webjars/")) || !path.endsWith(".js")) {
            throw new IllegalArgumentException("A page script is a .js file under /js/ or /webjars/: " + path);
        }
    }
}
