package com.mediapatch.shared.web;

/**
 * An entry a module adds to the settings navigation by declaring it as a bean; the shell
 * gathers every module's entries, so no module's link is written in another's template.
 *
 * @param label what the link says
 * @param path where it goes (a route constant of the contributing module)
 * @param order where it stands: lower first
 */
public record SettingsLink(String label, String path, int order) {
}
