package com.mediapatch.identity.web;

import java.util.List;

import com.mediapatch.identity.internal.MemberSessions.SessionView;

/** Devices and sessions: where the member is signed in. */
public record SessionsPage(List<SessionView> sessions) {

    public long others() {
        return sessions.stream().filter(session -> !session.current()).count();
    }
}
