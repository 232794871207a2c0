package com.mediapatch.social.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.social.Connection;
import com.mediapatch.social.FriendRequestId;
import com.mediapatch.social.PendingRequest;
import com.mediapatch.social.Relationships;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Friends, friend requests, blocks and mutes of the token's member. */
@RestController
@Tag(name = "Social", description = "Friends, friend requests, blocks and mutes")
@SecurityRequirement(name = "bearer")
class SocialApiController {

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

    /**
     * Requests waiting for the caller's answer, and those the caller sent, a page of each, newest first; pass
     * {@code nextIncoming} as {@code incomingAfter} (or {@code nextOutgoing} as {@code outgoingAfter}) for the
     * following page of that list, null on its last.
     */
    record RequestsJson(List<RequestJson> incoming, List<RequestJson> outgoing, String nextIncoming,
            String nextOutgoing) {
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
    @Operation(summary = "The caller's friends, newest friendship first",
            description = "Keyset paged: when there are more, the Link header names the next page (rel=\"next\"); "
                    + "pass its 'after' to continue.")
    ResponseEntity<List<MemberJson>> friends(@ApiCaller(SocialApiScopes.READ) AccountId me,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int limit) {
        int size = pageSize(limit);
        KeysetPage<ProfileSummary> page = relationships.friends(me, after, size);
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            response.header(HttpHeaders.LINK, "</api/v1/friends?after=" + page.next() + "&limit=" + size + ">; rel=\"next\"");
        }
        return response.body(page.items().stream().map(MemberJson::of).toList());
    }

    @GetMapping("/api/v1/friends/requests")
    @Operation(summary = "Pending friend requests, incoming and outgoing, newest first",
            description = "A page of each; pass nextIncoming as incomingAfter, or nextOutgoing as outgoingAfter.")
    RequestsJson requests(@ApiCaller(SocialApiScopes.READ) AccountId me,
            @RequestParam(required = false) String incomingAfter, @RequestParam(required = false) String outgoingAfter,
            @RequestParam(defaultValue = "50") int limit) {
        KeysetPage<PendingRequest> incoming = relationships.incoming(me, incomingAfter, pageSize(limit));
        KeysetPage<PendingRequest> outgoing = relationships.outgoing(me, outgoingAfter, pageSize(limit));
        return new RequestsJson(incoming.items().stream().map(RequestJson::of).toList(),
                outgoing.items().stream().map(RequestJson::of).toList(), incoming.next(), outgoing.next());
    }

    @PostMapping("/api/v1/friends/requests")
    @Operation(summary = "Send a friend request", description = "201 with the request; 200 "
            + "with status 'friends' when the member had already asked the caller (their request is accepted). "
            + "404 member-not-found, 409 already-requested or already-friends, 422 cannot-befriend-yourself.")
    ResponseEntity<RequestOutcome> request(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @Valid @RequestBody NewRequest body) {
        Connection outcome = relationships.request(me, relationships.member(me, body.handle()).account());
        return outcome.state() == Connection.State.FRIENDS ? ResponseEntity.ok(new RequestOutcome("friends", null))
                : ResponseEntity.status(HttpStatus.CREATED).body(new RequestOutcome("pending", outcome.request().toString()));
    }

    @PostMapping("/api/v1/friends/requests/{id}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Accept a friend request sent to the caller", description = "404 unless it is pending and addressed to the caller.")
    void accept(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable FriendRequestId id) {
        relationships.accept(me, id);
    }

    @PostMapping("/api/v1/friends/requests/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline a friend request sent to the caller", description = "The requester is not told.")
    void decline(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable FriendRequestId id) {
        relationships.decline(me, id);
    }

    @DeleteMapping("/api/v1/friends/requests/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a friend request the caller sent")
    void cancel(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable FriendRequestId id) {
        relationships.cancel(me, id);
    }

    @DeleteMapping("/api/v1/friends/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unfriend a member", description = "404 when not friends.")
    void unfriend(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable String handle) {
        relationships.unfriend(me, relationships.member(me, handle).account());
    }

    @PutMapping("/api/v1/blocks/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Block a member", description = "Ends the friendship and pending "
            + "requests; neither reaches the other afterwards. The member is not told. Idempotent.")
    void block(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable String handle) {
        relationships.block(me, relationships.member(me, handle).account());
    }

    @DeleteMapping("/api/v1/blocks/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unblock a member", description = "Idempotent.")
    void unblock(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable String handle) {
        relationships.unblock(me, relationships.member(me, handle).account());
    }

    @PutMapping("/api/v1/mutes/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mute a member", description = "Hides them from suggestions and "
            + "silences their notifications without blocking. Idempotent.")
    void mute(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable String handle) {
        relationships.mute(me, relationships.member(me, handle).account());
    }

    @DeleteMapping("/api/v1/mutes/{handle}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unmute a member", description = "Idempotent.")
    void unmute(@ApiCaller(SocialApiScopes.WRITE) AccountId me, @PathVariable String handle) {
        relationships.unmute(me, relationships.member(me, handle).account());
    }

    /** Between 1 and 100 rows a page, whatever was asked. */
    private static int pageSize(int limit) {
        return Math.min(Math.max(limit, 1), 100);
    }
}
