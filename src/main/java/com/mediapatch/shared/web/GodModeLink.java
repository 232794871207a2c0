package com.mediapatch.shared.web;

/**
 * An entry a module adds to God Mode's own navigation (the row of tabs on every God page) by declaring it as a
 * bean, so a module's God page joins the others without crowding the main navigation or editing God Mode.
 *
 * @param label what the tab says
 * @param path where it goes (a route constant of the contributing module, under {@code /god})
 * @param order where it stands: lower first
 */
public record GodModeLink(String label, String path, int order) {
}
