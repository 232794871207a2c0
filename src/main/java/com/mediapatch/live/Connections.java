package com.mediapatch.live;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.mediapatch.identity.AccountId;

/**
 * The tabs connected to this node, by member. A member may have a few tabs open; one more than
 * the cap closes their oldest, which is the tab most likely forgotten.
 */
final class Connections {

    private final Map<AccountId, Deque<Connection>> byMember = new ConcurrentHashMap<>();
    private final int capPerMember;

    Connections(int capPerMember) {
        this.capPerMember = capPerMember;
    }

    void add(Connection connection) {
        Deque<Connection> tabs = byMember.computeIfAbsent(connection.member(), m -> new ConcurrentLinkedDeque<>());
        tabs.addLast(connection);
        while (tabs.size() > capPerMember) {
            Connection oldest = tabs.pollFirst();
            if (oldest != null) {
                oldest.close();
            }
        }
    }

    void remove(Connection connection) {
        byMember.computeIfPresent(connection.member(), (m, tabs) -> {
            tabs.remove(connection);
            return tabs.isEmpty() ? null : tabs;
        });
    }

    /**
     * Hands an envelope to this node's tabs of its recipients, except the tab whose request
     * caused it: no echo is decided by connection (the origin tab of the acting member), so the
     * same member's other tabs still hear of the change.
     */
    void deliver(Envelope envelope) {
        if (envelope.ended() != null) {
            endFor(envelope.ended());
            return;
        }
        LiveEvent event = envelope.event();
        for (AccountId recipient : event.recipients()) {
            Deque<Connection> tabs = byMember.get(recipient);
            if (tabs == null) {
                continue;
            }
            for (Connection tab : tabs) {
                boolean origin = tab.id().equals(envelope.origin()) && recipient.equals(event.actor());
                if (!origin && !tab.offer(event)) {
                    remove(tab);
                }
            }
        }
    }

    void endFor(AccountId member) {
        Deque<Connection> tabs = byMember.remove(member);
        if (tabs != null) {
            tabs.forEach(Connection::close);
        }
    }

    /** Sends a heartbeat comment to every tab and forgets the ones that are gone. */
    void beat() {
        for (Connection tab : all()) {
            if (!tab.beat()) {
                tab.close();
                remove(tab);
            }
        }
    }

    void closeAll() {
        for (Connection tab : all()) {
            tab.close();
            remove(tab);
        }
    }

    int count() {
        return byMember.values().stream().mapToInt(Deque::size).sum();
    }

    int count(AccountId member) {
        Deque<Connection> tabs = byMember.get(member);
        return tabs == null ? 0 : tabs.size();
    }

    private List<Connection> all() {
        List<Connection> all = new ArrayList<>();
        byMember.values().forEach(all::addAll);
        return all;
    }
}
