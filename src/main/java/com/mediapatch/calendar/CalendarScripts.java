package com.mediapatch.calendar;

import com.mediapatch.shared.web.PageScript;

/** The calendar pages' script: it tells the server the browser's time zone, so times show in it. */
public final class CalendarScripts {

    /** Stores the browser's IANA zone in a cookie and reloads once when the page was drawn in another zone. */
    public static final PageScript ZONE = new PageScript("/js/calendar-zone.js");

    private CalendarScripts() {
    }
}
