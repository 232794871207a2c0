package com.mediapatch.notifications.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.mediapatch.notifications.NotificationKind;

import org.springframework.stereotype.Component;

/** Every notification kind the modules declared, in settings order; two kinds may not share a slug. */
@Component
public class NotificationKinds {

    private final List<NotificationKind> kinds;

    NotificationKinds(List<NotificationKind> declared) {
        this.kinds = declared.stream().sorted(Comparator.comparingInt(NotificationKind::order)
                .thenComparing(NotificationKind::slug)).toList();
        var twice = kinds.stream().collect(Collectors.groupingBy(NotificationKind::slug, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(entry -> entry.getKey()).toList();
        if (!twice.isEmpty()) {
            throw new IllegalStateException("Notification kinds declared twice: " + twice);
        }
    }

    public List<NotificationKind> all() {
        return kinds;
    }

    public Optional<NotificationKind> ofSlug(String slug) {
        return kinds.stream().filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
