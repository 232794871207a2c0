package com.mediapatch.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.security.RequestRefused;
import com.mediapatch.security.SuspiciousInputSeen;

/**
 * Refused requests and suspicious input counted per (kind, reason, client) in fixed time
 * windows, so a flood becomes one audit entry per reason, client and window instead of one
 * per request. Past {@code maxKeys} open windows (many clients at once), further clients are
 * counted together under the client "many-clients", which bounds the memory an attack can
 * take. Paths arrive as the security module's shapes and suspicious input as kind and field
 * name, so no entry holds text a client typed.
 */
final class RefusalWindows {

    static final String ACTION = "security.requests-refused";
    static final String SUSPICIOUS_ACTION = "security.suspicious-input-seen";
    static final String MANY_CLIENTS = "many-clients";
    private static final int PATHS_KEPT = 5;

    private record Key(String action, String reason, String client, Instant start) {
    }

    private static final class Tally {
        long count;
        final Set<String> paths = new LinkedHashSet<>();
    }

    private final Duration window;
    private final int maxKeys;
    private final Map<Key, Tally> open = new LinkedHashMap<>();

    RefusalWindows(Duration window, int maxKeys) {
        this.window = window;
        this.maxKeys = maxKeys;
    }

    void add(RequestRefused refused) {
        count(ACTION, refused.reason().name(), refused.client(), refused.at(), refused.method() + " " + refused.path());
    }

    void add(SuspiciousInputSeen seen) {
        count(SUSPICIOUS_ACTION, seen.kind().name(), seen.client(), seen.at(),
                seen.method() + " " + seen.path() + " [" + seen.field() + "]");
    }

    private synchronized void count(String action, String reason, String client, Instant at, String line) {
        Instant start = start(at);
        Key key = new Key(action, reason, client, start);
        if (!open.containsKey(key) && open.size() >= maxKeys) {
            key = new Key(action, reason, MANY_CLIENTS, start);
        }
        Tally tally = open.computeIfAbsent(key, k -> new Tally());
        tally.count++;
        if (tally.paths.size() < PATHS_KEPT) {
            tally.paths.add(line);
        }
    }

    /** Removes and returns the windows that have ended by {@code now}, as audit actions. */
    synchronized List<AuditableAction> takeEnded(Instant now) {
        return take(now);
    }

    /** Removes and returns every window, ended or not (at shutdown). */
    synchronized List<AuditableAction> takeAll() {
        return take(Instant.MAX);
    }

    private List<AuditableAction> take(Instant now) {
        List<AuditableAction> ended = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Tally>> it = open.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, Tally> window = it.next();
            if (!end(window.getKey().start()).isAfter(now)) {
                ended.add(action(window.getKey(), window.getValue()));
                it.remove();
            }
        }
        return ended;
    }

    private AuditableAction action(Key key, Tally tally) {
        String ip = key.client().startsWith("address:") ? key.client().substring("address:".length()) : null;
        String reason = key.reason().toLowerCase(Locale.ROOT).replace('_', '-');
        return new AuditableAction(key.start(), key.client(), null, key.action(), tally.paths.iterator().next(), reason, ip,
                null, Map.of("count", Long.toString(tally.count), "until", end(key.start()).toString(), "paths",
                        String.join(", ", tally.paths)));
    }

    private Instant start(Instant at) {
        long millis = window.toMillis();
        return Instant.ofEpochMilli(at.toEpochMilli() - Math.floorMod(at.toEpochMilli(), millis));
    }

    private Instant end(Instant start) {
        return start.plus(window);
    }
}
