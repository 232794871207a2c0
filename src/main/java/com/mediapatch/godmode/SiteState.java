package com.mediapatch.godmode;

/**
 * The site-wide switches God Mode controls.
 *
 * @param readOnly members may look but not change anything
 * @param maintenance only God accounts get in; everyone else sees the maintenance page
 * @param announcement the banner above every page, or null
 */
public record SiteState(boolean readOnly, boolean maintenance, String announcement) {

    public static final SiteState NORMAL = new SiteState(false, false, null);
}
