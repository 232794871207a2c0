package com.mediapatch.live;

import com.mediapatch.shared.web.PageScript;

/** The stream's path, the request header that names the tab a change came from, and the script that listens. */
public final class LiveRoutes {

    public static final String STREAM = "/live";

    /**
     * Sent by the page script with every request it makes (htmx and fetch alike): the id of the
     * tab's live connection, so that the change the request makes is not sent back to that tab.
     */
    public static final String CONNECTION_HEADER = "Live-Connection";

    /** The tab's one connection to the stream, loaded by the shell on every signed-in page. */
    public static final PageScript SCRIPT = new PageScript("/js/live.js");

    private LiveRoutes() {
    }
}
