package com.mediapatch.messaging.web;

import java.io.IOException;

import com.mediapatch.identity.Member;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.LiveStreams;
import com.mediapatch.messaging.internal.MessageStore;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The signed-in member's live stream, and the unread badge it keeps fresh. */
@Controller
@PreAuthorize("isAuthenticated()")
class StreamController {

    private final LiveStreams streams;
    private final MessageStore messages;

    StreamController(LiveStreams streams, MessageStore messages) {
        this.streams = streams;
        this.messages = messages;
    }

    @GetMapping(path = MessagingRoutes.STREAM, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@AuthenticationPrincipal Member me,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) throws IOException {
        return streams.open(me.id(), lastEventId);
    }

    @GetMapping(MessagingRoutes.UNREAD_BADGE)
    String badge(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("unread", messages.unread(me.id()).values().stream().mapToLong(Long::longValue).sum());
        return "messaging/badge";
    }
}
