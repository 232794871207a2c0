package com.mediapatch.moderation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mediapatch.moderation.ReportableTarget;

import org.springframework.stereotype.Component;

/** The {@link ReportableTarget} beans other modules declare, by kind; two beans of one kind stop the start. */
@Component
public class ContributedTargets {

    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z]{1,12}");

    private final Map<String, ReportableTarget> byKind;

    ContributedTargets(List<ReportableTarget> targets) {
        targets.forEach(target -> {
            if (!KIND.matcher(target.kind()).matches()) {
                throw new IllegalStateException("A reportable target's kind is 1 to 12 lower-case letters: " + target.kind());
            }
        });
        this.byKind = targets.stream().collect(Collectors.toUnmodifiableMap(ReportableTarget::kind, Function.identity()));
    }

    public Optional<ReportableTarget> of(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }
}
