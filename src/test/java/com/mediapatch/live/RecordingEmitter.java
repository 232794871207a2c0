package com.mediapatch.live;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A tab as the server writes to it: each named event as "name|id|data", comments left out. */
class RecordingEmitter extends SseEmitter {

    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    volatile boolean completed;

    @Override
    public void send(SseEventBuilder builder) throws IOException {
        if (completed) {
            throw new IllegalStateException("completed");
        }
        String text = builder.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining());
        String name = null;
        String id = null;
        String data = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("event:")) {
                name = line.substring(6);
            } else if (line.startsWith("id:")) {
                id = line.substring(3);
            } else if (line.startsWith("data:")) {
                data = line.substring(5);
            }
        }
        if (name != null) {
            events.add(name + "|" + id + "|" + data);
        }
    }

    @Override
    public synchronized void complete() {
        completed = true;
    }

    /** The next event other than the greeting, or null after the wait. */
    String next(long millis) throws InterruptedException {
        String event;
        do {
            event = events.poll(millis, TimeUnit.MILLISECONDS);
        } while (event != null && event.startsWith("live.hello|"));
        return event;
    }

    /** The connection id the greeting announced. */
    String connectionId() throws InterruptedException {
        String hello = events.poll(1, TimeUnit.SECONDS);
        return hello.substring(hello.indexOf("\"connection\":\"") + 14, hello.lastIndexOf('"'));
    }
}
