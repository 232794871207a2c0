package com.mediapatch.live;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

import tools.jackson.databind.json.JsonMapper;

/**
 * What travels between nodes: an event with the connection it came from, or the order to end
 * a member's connections.
 *
 * @param event the event, or null for an end order
 * @param origin the connection whose request caused the event, or null
 * @param ended the member whose connections end, or null
 */
record Envelope(LiveEvent event, UUID origin, AccountId ended) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Envelope of(LiveEvent event, UUID origin) {
        return new Envelope(event, origin, null);
    }

    static Envelope end(AccountId member) {
        return new Envelope(null, null, member);
    }

    /** The flat form sent over Redis; ids as strings so nothing depends on record binding. */
    record Wire(String topic, String name, String actor, List<String> recipients, String data, long cursor,
            String origin, String ended) {
    }

    String encode() {
        if (event == null) {
            return JSON.writeValueAsString(new Wire(null, null, null, List.of(), null, 0, null, ended.toString()));
        }
        return JSON.writeValueAsString(new Wire(event.kind().topic(), event.kind().name(), event.actor().toString(),
                event.recipients().stream().map(AccountId::toString).toList(), event.data(), event.cursor(),
                origin == null ? null : origin.toString(), null));
    }

    static Envelope decode(String text) {
        Wire wire = JSON.readValue(text, Wire.class);
        if (wire.ended() != null) {
            return end(AccountId.valueOf(wire.ended()));
        }
        LiveEvent event = new LiveEvent(new LiveKind(wire.topic(), wire.name()), AccountId.valueOf(wire.actor()),
                wire.recipients().stream().map(AccountId::valueOf).collect(java.util.stream.Collectors.toSet()),
                wire.data(), wire.cursor());
        return of(event, wire.origin() == null ? null : UUID.fromString(wire.origin()));
    }
}
