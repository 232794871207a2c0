package com.mediapatch.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.MessageModeration;
import com.mediapatch.messaging.MessageModeration.ReportedMessage;
import com.mediapatch.moderation.ModerationProblem;
import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.ReportableTarget;
import com.mediapatch.moderation.Resolution;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes reports. A report joins the target's open case; a report on a target whose last case
 * was dismissed is attached to that closed case and counted, reopening nothing; otherwise it
 * opens a new case. Members report only what they can see: a message or conversation only
 * when they take part in it.
 */
@Component
public class ReportDesk {

    private final CaseFile cases;
    private final Profiles profiles;
    private final ObjectProvider<MessageModeration> messages;
    private final ContributedTargets contributed;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportDesk(CaseFile cases, Profiles profiles, ObjectProvider<MessageModeration> messages,
            ContributedTargets contributed, PlatformTransactionManager transactionManager, Clock clock) {
        this.cases = cases;
        this.profiles = profiles;
        this.messages = messages;
        this.contributed = contributed;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * A target resolved to what the case is about, with a line describing it.
     *
     * @param type its type
     * @param kind a contributed target's kind (such as “ad”), or null
     * @param id its id
     * @param description what it is, in words
     */
    public record Target(TargetType type, String kind, UUID id, String description) {

        String stored() {
            return CaseFile.stored(type, kind);
        }
    }

    /** Finds what {@code reporter} wants to report, refusing what they cannot see or themselves. */
    public Target resolve(AccountId reporter, TargetType type, String target) {
        String text = target == null ? "" : target.strip();
        return switch (type) {
            case MEMBER -> {
                ProfileSummary member = profiles.byHandle(text.startsWith("@") ? text.substring(1) : text)
                        .orElseThrow(() -> new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND));
                if (member.account().equals(reporter)) {
                    throw new ModerationProblem(ModerationProblem.CANNOT_REPORT_YOURSELF);
                }
                yield new Target(type, null, member.account().value(), member.displayName() + " (@" + member.handle() + ")");
            }
            case MESSAGE -> {
                ReportedMessage message = uuid(text).flatMap(id -> messages().message(id))
                        .filter(found -> messages().isParticipant(found.conversationId(), reporter))
                        .orElseThrow(() -> new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND));
                if (message.author().equals(reporter)) {
                    throw new ModerationProblem(ModerationProblem.CANNOT_REPORT_YOURSELF);
                }
                yield new Target(type, null, message.id(), "A message by " + nameOf(message.author()));
            }
            case CONVERSATION -> {
                UUID id = uuid(text).filter(found -> messages().isParticipant(found, reporter))
                        .orElseThrow(() -> new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND));
                yield new Target(type, null, id, "A conversation you take part in");
            }
            case CONTRIBUTED -> contributed(reporter, text);
        };
    }

    /** A contributed target, written kind:id, that the reporter can see and does not own. */
    private Target contributed(AccountId reporter, String text) {
        int colon = text.indexOf(':');
        Optional<ReportableTarget> source = colon < 0 ? Optional.empty() : contributed.of(text.substring(0, colon));
        Optional<UUID> id = colon < 0 ? Optional.empty() : uuid(text.substring(colon + 1));
        ReportableTarget.Reportable found = source.flatMap(target -> id.flatMap(uuid -> target.reportable(reporter, uuid)))
                .orElseThrow(() -> new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND));
        if (found.owner().equals(reporter)) {
            throw new ModerationProblem(ModerationProblem.CANNOT_REPORT_YOURSELF);
        }
        return new Target(TargetType.CONTRIBUTED, source.get().kind(), id.get(), found.description());
    }

    /** Files the report; returns its id. */
    public UUID file(AccountId reporter, TargetType type, String target, ReportCategory category, String comment) {
        Target found = resolve(reporter, type, target);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        UUID report = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(tx -> fileInto(found, report, reporter, category, note, now));
        } catch (DuplicateKeyException anotherReportOpenedTheCase) {
            transactions.executeWithoutResult(tx -> fileInto(found, report, reporter, category, note, now));
        }
        return report;
    }

    private void fileInto(Target target, UUID report, AccountId reporter, ReportCategory category, String comment,
            Instant now) {
        Optional<CaseFile.Case> open = cases.openFor(target.stored(), target.id());
        if (open.isPresent()) {
            cases.addReport(report, open.get().id(), reporter, category, comment, now, false);
            return;
        }
        Optional<CaseFile.Case> dismissed = cases.latestFor(target.stored(), target.id())
                .filter(latest -> !latest.open() && latest.action() == Resolution.DISMISS);
        if (dismissed.isPresent()) {
            cases.addReport(report, dismissed.get().id(), reporter, category, comment, now, true);
            return;
        }
        UUID opened = UUID.randomUUID();
        cases.open(opened, target.stored(), target.id(), now);
        cases.addReport(report, opened, reporter, category, comment, now, false);
    }

    String nameOf(AccountId account) {
        return profiles.of(account).map(p -> p.displayName() + " (@" + p.handle() + ")").orElse("a former member");
    }

    private MessageModeration messages() {
        MessageModeration found = messages.getIfAvailable();
        if (found == null) {
            throw new ModerationProblem(ModerationProblem.REPORT_TARGET_NOT_FOUND);
        }
        return found;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
