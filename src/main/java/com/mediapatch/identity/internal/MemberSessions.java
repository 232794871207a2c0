package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.SignedOut;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A member's server-side sessions, across every app node: listing them and ending one,
 * all others, or all. Pages never see session ids, only a one-way handle of each.
 */
@Service
public class MemberSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One session as the member sees it.
     *
     * @param handle opaque reference used to end it
     * @param device browser and system
     * @param address IP address it signed in from
     * @param createdAt when it signed in
     * @param lastSeenAt last request
     * @param current whether it is the session making this request
     */
    public record SessionView(String handle, String device, String address, Instant createdAt, Instant lastSeenAt,
            boolean current) {
    }

    public List<SessionView> of(AccountId account, String currentSessionId) {
        return owned(account).values().stream()
                .map(session -> new SessionView(handle(session.getId()),
                        String.valueOf(session.<String>getAttribute(SignInOutcomes.DEVICE_ATTRIBUTE)),
                        String.valueOf(session.<String>getAttribute(SignInOutcomes.ADDRESS_ATTRIBUTE)),
                        session.getCreationTime(), session.getLastAccessedTime(),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionView::current).reversed()
                        .thenComparing(SessionView::lastSeenAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends the member's session with this handle; returns false when there is none. */
    public boolean end(AccountId account, String handle) {
        return owned(account).keySet().stream().filter(id -> handle(id).equals(handle)).findFirst()
                .map(id -> endAll(account, List.of(id)) > 0).orElse(false);
    }

    public int endAllExcept(AccountId account, String keptSessionId) {
        return endAll(account, owned(account).keySet().stream().filter(id -> !id.equals(keptSessionId)).toList());
    }

    public int endEverywhere(AccountId account) {
        return endAll(account, List.copyOf(owned(account).keySet()));
    }

    private int endAll(AccountId account, List<String> ids) {
        ids.forEach(sessions::deleteById);
        if (!ids.isEmpty()) {
            events.publishEvent(new SignedOut(account, ids.size(), clock.instant()));
        }
        return ids.size();
    }

    private Map<String, ? extends Session> owned(AccountId account) {
        return sessions.findByPrincipalName(account.toString());
    }

    static String handle(String sessionId) {
        return AccountTokens.hash(sessionId).substring(0, 24);
    }
}
