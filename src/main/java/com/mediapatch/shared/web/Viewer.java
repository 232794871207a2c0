package com.mediapatch.shared.web;

/**
 * How the signed-in member appears in the page shell.
 *
 * @param name display name
 * @param handle unique profile name, without the {@code @}
 * @param initials for the avatar placeholder
 * @param avatarTone stable colour of the placeholder
 * @param profilePath link to their profile
 * @param theme "light" or "dark" when they chose one, null to follow the device
 */
public record Viewer(String name, String handle, String initials, int avatarTone, String profilePath, String theme) {
}
