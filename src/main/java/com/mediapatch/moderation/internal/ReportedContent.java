package com.mediapatch.moderation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.MessageModeration;
import com.mediapatch.messaging.MessageModeration.ReportedMessage;
import com.mediapatch.moderation.ReportableTarget;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Shows moderators what was reported, and only that: the reported member's profile, the
 * reported message with its earlier versions, or the reported conversation's recent
 * messages. Every look is written to the audit log.
 */
@Component
public class ReportedContent {

    static final int CONVERSATION_MESSAGES = 30;

    private final Profiles profiles;
    private final ObjectProvider<MessageModeration> messages;
    private final ContributedTargets contributed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportedContent(Profiles profiles, ObjectProvider<MessageModeration> messages, ContributedTargets contributed,
            ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.messages = messages;
        this.contributed = contributed;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a case is about.
     *
     * @param member the reported member (MEMBER cases), or null
     * @param messages the reported message, or the conversation's recent messages
     * @param authors display names of the authors of those messages by account
     * @param review a contributed target (such as an ad) with its earlier versions, or null
     */
    public record Content(ProfileSummary member, List<ReportedMessage> messages, Map<AccountId, String> authors,
            ReportableTarget.Review review) {
    }

    public Content of(CaseFile.Case file, AccountId viewer) {
        MessageModeration source = messages.getIfAvailable();
        Content content = switch (file.targetType()) {
            case MEMBER -> new Content(profiles.of(new AccountId(file.targetId())).orElse(null), List.of(), Map.of(), null);
            case MESSAGE -> withAuthors(source == null ? List.of()
                    : source.message(file.targetId()).map(List::of).orElse(List.of()));
            case CONVERSATION -> withAuthors(source == null ? List.of()
                    : source.recentMessages(file.targetId(), CONVERSATION_MESSAGES));
            case CONTRIBUTED -> new Content(null, List.of(), Map.of(), contributed.of(file.kind())
                    .flatMap(target -> target.review(file.targetId())).orElse(null));
        };
        events.publishEvent(AuditableAction.of(clock.instant(), "member:" + viewer, "moderation.content-viewed",
                CaseDecisions.target(file), null, Map.of("case", file.id().toString())));
        return content;
    }

    private Content withAuthors(List<ReportedMessage> found) {
        Map<AccountId, String> authors = new java.util.HashMap<>();
        found.forEach(message -> authors.computeIfAbsent(message.author(), author -> profiles.of(author)
                .map(p -> p.displayName() + " (@" + p.handle() + ")").orElse("a former member")));
        return new Content(null, found, authors, null);
    }
}
