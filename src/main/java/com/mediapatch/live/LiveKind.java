package com.mediapatch.live;

import java.util.regex.Pattern;

/**
 * A kind of live event: the topic it belongs to (one per module or feature, the unit of
 * catch-up) and its name within the topic. Browsers receive it as the event named
 * topic.name, e.g. messages.new, notifications.changed or uploads.progress.
 *
 * @param topic lower-case letters and dashes, e.g. messages
 * @param name lower-case letters and dashes, e.g. new
 */
public record LiveKind(String topic, String name) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z-]{0,31}");

    public LiveKind {
        if (topic == null || name == null || !SHAPE.matcher(topic).matches() || !SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("A live kind is two short lower-case words: " + topic + "." + name);
        }
    }

    /** The Server-Sent Events event name. */
    public String eventName() {
        return topic + "." + name;
    }
}
