package com.mediapatch.browser;

/**
 * The God accounts of the browser tests that need one, named in one property value so those
 * tests share one application context instead of starting one each.
 */
public final class BrowserGods {

    /** Signs in as God in {@code GodModeBrowserTests}. */
    public static final String KEEPER = "browser-god@godmode.test";
    /** Visits every page in {@code EveryPageOnAPhoneBrowserTests}. */
    public static final String VISITOR = "phone-god@godmode.test";
    /** For {@code @TestPropertySource(properties = BrowserGods.PROPERTY)}. */
    public static final String PROPERTY = "mediapatch.god.emails=" + KEEPER + "," + VISITOR;

    private BrowserGods() {
    }
}
