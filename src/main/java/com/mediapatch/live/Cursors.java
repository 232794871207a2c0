package com.mediapatch.live;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A tab's position in every topic it has seen events of, carried as the Server-Sent Events id
 * (messages:1207 and uploads:3 become messages:1207,uploads:3) so that Last-Event-ID after a reconnect says where each topic
 * resumes. Unreadable parts are ignored: they only cost a replay.
 */
final class Cursors {

    private static final Pattern PART = Pattern.compile("[a-z][a-z-]{0,31}:[0-9]{1,18}");
    private static final int MAX_TOPICS = 32;

    private final Map<String, Long> positions = new TreeMap<>();

    static Cursors parse(String lastEventId) {
        Cursors cursors = new Cursors();
        if (lastEventId != null && lastEventId.length() <= 1024) {
            for (String part : lastEventId.strip().split(",")) {
                if (PART.matcher(part).matches() && cursors.positions.size() < MAX_TOPICS) {
                    int colon = part.indexOf(':');
                    cursors.advance(part.substring(0, colon), Long.parseLong(part.substring(colon + 1)));
                }
            }
        }
        return cursors;
    }

    long of(String topic) {
        return positions.getOrDefault(topic, 0L);
    }

    synchronized void advance(String topic, long cursor) {
        positions.merge(topic, cursor, Math::max);
    }

    synchronized String format() {
        StringBuilder id = new StringBuilder();
        positions.forEach((topic, cursor) -> id.append(id.length() == 0 ? "" : ",").append(topic).append(':').append(cursor));
        return id.toString();
    }
}
