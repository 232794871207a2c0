package com.mediapatch.live.web;

import java.io.IOException;

import com.mediapatch.identity.Member;
import com.mediapatch.live.LiveChannel;
import com.mediapatch.live.LiveRoutes;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The signed-in member's one stream per tab. */
@RestController
@PreAuthorize("isAuthenticated()")
class LiveStreamController {

    private final LiveChannel channel;

    LiveStreamController(LiveChannel channel) {
        this.channel = channel;
    }

    @GetMapping(path = LiveRoutes.STREAM, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Member me,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) throws IOException {
        return channel.open(me.id(), lastEventId);
    }
}
