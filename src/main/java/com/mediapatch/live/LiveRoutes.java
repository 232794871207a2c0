package com.mediapatch.live;

/** The stream's path and the request header that names the tab a change came from. */
public final class LiveRoutes {

    public static final String STREAM = "/live";

    /**
     * Sent by the page script with every request it makes (htmx and fetch alike): the id of the
     * tab's live connection, so that the change the request makes is not sent back to that tab.
     */
    public static final String CONNECTION_HEADER = "Live-Connection";

    private LiveRoutes() {
    }
}
