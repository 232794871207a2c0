package com.mediapatch.notifications.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.Notification;
import com.mediapatch.notifications.NotificationKind;
import com.mediapatch.notifications.NotificationNotFound;
import com.mediapatch.notifications.NotificationPage;
import com.mediapatch.notifications.internal.NotificationKinds;
import com.mediapatch.notifications.internal.NotificationPreferences;
import com.mediapatch.notifications.internal.NotificationStore;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token holder's notifications and preferences; never anyone else's (those answer 404). */
@RestController
@Validated
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Your notifications and how you receive them")
class NotificationsApi {

    private final NotificationStore store;
    private final NotificationPreferences preferences;
    private final NotificationKinds kinds;
    private final Clock clock;

    NotificationsApi(NotificationStore store, NotificationPreferences preferences, NotificationKinds kinds, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** One notification as the API shows it: ids as plain strings. */
    record Item(UUID id, String kind, String text, String link, String actor, Instant createdAt, Instant readAt,
            boolean unread) {

        static Item of(Notification notification) {
            return new Item(notification.id(), notification.kind(), notification.text(), notification.link(),
                    notification.actor() == null ? null : notification.actor().toString(), notification.createdAt(),
                    notification.readAt(), notification.unread());
        }
    }

    /**
     * A page of notifications; pass {@code next} as {@code after} for the following one, or follow {@code nextLink}
     * (both null on the last page).
     */
    record Page(List<Item> items, String next, String nextLink) {
    }

    /** Kind slug to delivery, for every kind. */
    record Preferences(@NotEmpty Map<@NotNull String, @NotNull Delivery> preferences) {
    }

    @GetMapping
    @Operation(summary = "Your notifications, newest first",
            description = "Keyset paged: pass the 'next' of one page as 'after' to get the following one.",
            security = @SecurityRequirement(name = "bearer"))
    Page list(@ApiCaller(NotificationApiScopes.READ) AccountId me, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        NotificationPage page = store.page(me, after, limit);
        return new Page(page.items().stream().map(Item::of).toList(), page.next(),
                page.next() == null ? null : "/api/v1/notifications?after=" + page.next() + "&limit=" + limit);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> read(@ApiCaller(NotificationApiScopes.WRITE) AccountId me, @PathVariable UUID id) {
        if (store.markRead(me, id, clock.instant()) == null) {
            throw new NotificationNotFound();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all your notifications read", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> readAll(@ApiCaller(NotificationApiScopes.WRITE) AccountId me) {
        store.markAllRead(me, clock.instant());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/preferences")
    @Operation(summary = "How you receive each kind of notification",
            description = "IN_APP, EMAIL (in the app and in the email digest) or OFF.",
            security = @SecurityRequirement(name = "bearer"))
    Preferences preferences(@ApiCaller(NotificationApiScopes.READ) AccountId me) {
        return view(preferences.of(me));
    }

    @PutMapping("/preferences")
    @Operation(summary = "Choose how you receive kinds of notification",
            description = "Kinds left out keep their setting; an unknown kind is refused.",
            security = @SecurityRequirement(name = "bearer"))
    Preferences choose(@ApiCaller(NotificationApiScopes.WRITE) AccountId me, @Valid @RequestBody Preferences body) {
        Map<NotificationKind, Delivery> choices = new LinkedHashMap<>();
        body.preferences().forEach((slug, delivery) -> choices.put(
                kinds.ofSlug(slug).orElseThrow(() -> new UnknownNotificationKind(slug)), delivery));
        preferences.choose(me, choices);
        return view(preferences.of(me));
    }

    private static Preferences view(Map<NotificationKind, Delivery> choices) {
        Map<String, Delivery> bySlug = new LinkedHashMap<>();
        choices.forEach((kind, delivery) -> bySlug.put(kind.slug(), delivery));
        return new Preferences(bySlug);
    }
}
