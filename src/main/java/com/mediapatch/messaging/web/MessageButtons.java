package com.mediapatch.messaging.web;

import java.util.List;

/**
 * The members a viewer may message, among those a page asked about.
 *
 * @param handles their handles
 */
public record MessageButtons(List<String> handles) {
}
