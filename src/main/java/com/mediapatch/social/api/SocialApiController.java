package com.mediapatch.social.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.social.Connection;
import com.mediapatch.social.FriendRequestId;
import com.mediapatch.social.FriendRequestNotFound;
import com.mediapatch.social.PendingRequest;
import com.mediapatch.social.Relationships;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Friends, friend requests, blocks and mutes of the token's member. */
@RestController
@Tag(name = "Social", description = "Friends, friend requests, blocks and mutes")
@SecurityRequirement(name = "bearer")
class SocialApiController {

    static final String READ = "hasAuthority('SCOPE_social:read')";
    static final String WRITE = "hasAuthority('SCOPE_social:write')";

    /** A member as the API shows them. */
    record MemberJson(String handle, String displayName, String profile) {
        static MemberJson of(ProfileSummary member) {
            return new MemberJson(member.handle(), member.displayName(), member.path());
        }
    }

    /** A pending friend request. */
    record RequestJson(String id, MemberJson member, Instant sentAt) {
        static RequestJson of(PendingRequest request) {
            return new RequestJson(request.id().toString(), MemberJson.of(request.member()), request.sentAt());
        }
    }

    /** Requests waiting for the caller's answer, and those the caller sent. */
    record RequestsJson(List<RequestJson> incoming, List<RequestJson> outgoing) {
    }

    /** Whom to ask. */
    record NewRequest(@NotBlank(message = "Name the member by handle.") @Size(max = 30, message = "Handles are at most 30 characters.") String handle) {
    }

    /** What sending a request led to: pending, or friends when the member had asked the caller first. */
    record RequestOutcome(String status, String id) {
    }

    private final Relationships relationships;

    SocialApiController(Relationships relationships) {
        this.relationships = relationships;
    }

    @GetMapping("/api/v1/friends")
    @PreAuthorize(READ)
    @Operation(summary = "The caller's friends, by name", description = "Needs scope social:read.")
    List<MemberJson> friends(Authentication caller) {
        return relationships.friends(me(caller)).stream().map(MemberJson::of).toList();
    }

    @GetMapping("/api/v1/friends/requests")
    @PreAuthorize(READ)
    @Operation(summary = "Pending friend requests, incoming and outgoing", description = "Needs scope social:read.")
    RequestsJson requests(Authentication caller) {
        AccountId me = me(caller);
        return new RequestsJson(relationships.incoming(me).stream().map(RequestJson::of).toList(),
                relationships.outgoing(me).stream().map(RequestJson::of).toList());
    }

    @PostMapping("/api/v1/friends/requests")
    @PreAuthorize(WRITE)
    @Operation(summary = "Send a friend request", description = "Needs scope social:write. 201 with the request; 200 "
            + "with status 'friends' when the member had already asked the caller (their request is accepted). "
            + "404 member-not-found, 409 already-requested or already-friends, 422 cannot-befriend-yourself.")
    ResponseEntity<RequestOutcome> request(Authentication caller, @Valid @RequestBody NewRequest body) {
        AccountId me = me(caller);
        Connection outcome = relationships.request(me, relationships.member(me, body.handle()).account());
        return outcome.state() == Connection.State.FRIENDS ? ResponseEntity.ok(new RequestOutcome("friends", null))
                : ResponseEntity.status(HttpStatus.CREATED).body(new RequestOutcome("pending", outcome.request().toString()));
    }

    @PostMapping("/api/v1/friends/requests/{id}/accept")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Accept a friend request sent to the caller", description = "Needs scope social:write. 404 unless it is pending and addressed to the caller.")
    void accept(Authentication caller, @PathVariable String id) {
        relationships.accept(me(caller), requestId(id));
    }

    @PostMapping("/api/v1/friends/requests/{id}/decline")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline a friend request sent to the caller", description = "Needs scope social:write. The requester is not told.")
    void decline(Authentication caller, @PathVariable String id) {
        relationships.decline(me(caller), requestId(id));
    }

    @DeleteMapping("/api/v1/friends/requests/{id}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a friend request the caller sent", description = "Needs scope social:write.")
    void cancel(Authentication caller, @PathVariable String id) {
        relationships.cancel(me(caller), requestId(id));
    }

    @DeleteMapping("/api/v1/friends/{handle}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unfriend a member", description = "Needs scope social:write. 404 when not friends.")
    void unfriend(Authentication caller, @PathVariable String handle) {
        AccountId me = me(caller);
        relationships.unfriend(me, relationships.member(me, handle).account());
    }

    @PutMapping("/api/v1/blocks/{handle}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Block a member", description = "Needs scope social:write. Ends the friendship and pending "
            + "requests; neither reaches the other afterwards. The member is not told. Idempotent.")
    void block(Authentication caller, @PathVariable String handle) {
        AccountId me = me(caller);
        relationships.block(me, relationships.member(me, handle).account());
    }

    @DeleteMapping("/api/v1/blocks/{handle}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unblock a member", description = "Needs scope social:write. Idempotent.")
    void unblock(Authentication caller, @PathVariable String handle) {
        AccountId me = me(caller);
        relationships.unblock(me, relationships.member(me, handle).account());
    }

    @PutMapping("/api/v1/mutes/{handle}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mute a member", description = "Needs scope social:write. Hides them from suggestions and "
            + "silences their notifications without blocking. Idempotent.")
    void mute(Authentication caller, @PathVariable String handle) {
        AccountId me = me(caller);
        relationships.mute(me, relationships.member(me, handle).account());
    }

    @DeleteMapping("/api/v1/mutes/{handle}")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unmute a member", description = "Needs scope social:write. Idempotent.")
    void unmute(Authentication caller, @PathVariable String handle) {
        AccountId me = me(caller);
        relationships.unmute(me, relationships.member(me, handle).account());
    }

    private static AccountId me(Authentication caller) {
        return AccountId.valueOf(caller.getName());
    }

    private static FriendRequestId requestId(String text) {
        try {
            return new FriendRequestId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new FriendRequestNotFound("No such friend request.");
        }
    }
}
