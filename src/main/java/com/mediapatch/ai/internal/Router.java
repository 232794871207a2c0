package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.ai.AiAnswer;
import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiRefused;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.Privacy;

import org.springframework.stereotype.Component;

/**
 * Walks a capability's chain: checks the switch, the caller's access and daily quota, then tries each link in
 * order, skipping ones switched off, cooling down, told to wait by Retry-After or over budget, retrying a
 * retryable failure with jittered backoff, and failing over to the next link on any failure. Every call made is
 * recorded in the usage table; the answer says which link answered and why earlier ones did not.
 */
@Component
public class Router {

    private final CapabilityStore capabilities;
    private final ConnectionStore connections;
    private final LinkHealth health;
    private final UsageStore usage;
    private final Budgets budgets;
    private final Protocols protocols;
    private final AiProperties properties;
    private final Clock clock;
    private final Backoff backoff;

    Router(CapabilityStore capabilities, ConnectionStore connections, LinkHealth health, UsageStore usage, Budgets budgets,
            Protocols protocols, AiProperties properties, Clock clock, Backoff backoff) {
        this.capabilities = capabilities;
        this.connections = connections;
        this.health = health;
        this.usage = usage;
        this.budgets = budgets;
        this.protocols = protocols;
        this.properties = properties;
        this.clock = clock;
        this.backoff = backoff;
    }

    public <T> AiAnswer<T> route(Capability capability, AiCaller caller, Attempt<T> attempt) {
        CapabilitySettings settings = admit(capability, caller);
        List<String> skipped = new ArrayList<>();
        boolean started = false;
        for (String link : settings.chain()) {
            if (started) {
                attempt.restarting();
            }
            started = true;
            Optional<AiAnswer<T>> answer = CapabilitySettings.LOCAL.equals(link)
                    ? local(capability, caller, attempt, skipped)
                    : remote(capability, caller, link, settings.timeout(), attempt, skipped);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        if (settings.chain().isEmpty()) {
            skipped.add("No provider is set up for " + capability.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        throw new AiRefused.Unavailable(capability, skipped);
    }

    /**
     * Only the in-process provider, whatever the chain says: for answers that must stay comparable with ones kept
     * earlier (vectors in a search index). Admission, quota and the usage record are as for {@link #route}.
     */
    public <T> AiAnswer<T> routeInProcess(Capability capability, AiCaller caller, Attempt<T> attempt) {
        admit(capability, caller);
        List<String> skipped = new ArrayList<>();
        return local(capability, caller, attempt, skipped).orElseThrow(() -> new AiRefused.Unavailable(capability, skipped));
    }

    /** The settings, once the capability is on, the caller may use it and has quota left. */
    public CapabilitySettings admit(Capability capability, AiCaller caller) {
        CapabilitySettings settings = capabilities.get(capability);
        if (!caller.isSite() && (!settings.enabled() || !settings.audience().admits(caller.authorities()))) {
            throw new AiRefused.CapabilityOff(capability);
        }
        if (caller.isSite() && !settings.enabled()) {
            throw new AiRefused.CapabilityOff(capability);
        }
        if (!caller.isSite() && settings.dailyQuota() > 0) {
            Instant now = clock.instant();
            LocalDate today = UsageStore.day(now);
            if (usage.answeredOn(caller.member(), capability, today, settings.dailyQuota()) >= settings.dailyQuota()) {
                usage.record(new UsageRecord(now, caller.member(), capability, UsageRecord.NO_LINK, "", 0, 0, 0, "quota"));
                throw new AiRefused.QuotaReached(capability, settings.dailyQuota(),
                        Duration.between(now, today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            }
        }
        return settings;
    }

    private <T> Optional<AiAnswer<T>> local(Capability capability, AiCaller caller, Attempt<T> attempt, List<String> skipped) {
        long started = System.nanoTime();
        try {
            Attempt.Outcome<T> outcome = attempt.local();
            record(caller, capability, CapabilitySettings.LOCAL, outcome.model(), outcome.units(), started, 0, UsageRecord.OK);
            return Optional.of(new AiAnswer<>(outcome.value(), localName(capability), Privacy.THIS_SERVER, skipped));
        } catch (ProviderFailure failure) {
            record(caller, capability, CapabilitySettings.LOCAL, "", 0, started, 0, outcome(failure));
            if (failure.kind() == ProviderFailure.Kind.CANCELLED) {
                throw failure;
            }
            skipped.add(localName(capability) + " " + failure.getMessage());
            return Optional.empty();
        }
    }

    private <T> Optional<AiAnswer<T>> remote(Capability capability, AiCaller caller, String link, Duration timeout, Attempt<T> attempt,
            List<String> skipped) {
        Optional<AiConnection> found = connectionOf(link);
        if (found.isEmpty()) {
            skipped.add("A removed connection was skipped.");
            return Optional.empty();
        }
        AiConnection connection = found.get();
        Optional<ProviderFailure> skip = skipReason(capability, connection);
        if (skip.isPresent()) {
            skipped.add(connection.name() + " " + skip.get().getMessage());
            return Optional.empty();
        }
        String key = connections.key(connection);
        RemoteProtocol protocol = protocols.of(connection.kind());
        for (int attemptNo = 0; ; attemptNo++) {
            long started = System.nanoTime();
            try {
                Attempt.Outcome<T> outcome = attempt.remote(connection, key, protocol, timeout);
                long cost = budgets.cost(connection, capability, outcome.units());
                record(caller, capability, link, outcome.model(), outcome.units(), started, cost, UsageRecord.OK);
                health.succeeded(link, Duration.ofNanos(System.nanoTime() - started));
                return Optional.of(new AiAnswer<>(outcome.value(), connection.name(), connection.privacy(), skipped));
            } catch (ProviderFailure failure) {
                record(caller, capability, link, modelOf(connection, capability), 0, started, 0, outcome(failure));
                if (failure.kind() == ProviderFailure.Kind.CANCELLED) {
                    throw failure;
                }
                health.failed(link, failure);
                if (!failure.retryable() || attemptNo >= properties.retries() || health.blocked(link).isPresent()) {
                    skipped.add(connection.name() + " " + failure.getMessage());
                    return Optional.empty();
                }
                backoff.pause(attemptNo);
            }
        }
    }

    private Optional<ProviderFailure> skipReason(Capability capability, AiConnection connection) {
        if (!connection.enabled()) {
            return Optional.of(new ProviderFailure(ProviderFailure.Kind.SWITCHED_OFF, null));
        }
        if (!connection.kind().capabilities().contains(capability)) {
            return Optional.of(new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, null));
        }
        Optional<ProviderFailure> blocked = health.blocked(connection.linkKey());
        if (blocked.isPresent()) {
            return blocked;
        }
        return budgets.exhausted(connection) ? Optional.of(new ProviderFailure(ProviderFailure.Kind.OVER_BUDGET, null))
                : Optional.empty();
    }

    private Optional<AiConnection> connectionOf(String link) {
        try {
            return connections.find(UUID.fromString(link));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void record(AiCaller caller, Capability capability, String link, String model, long units, long startedNanos,
            long costMicros, String outcome) {
        usage.record(new UsageRecord(clock.instant(), caller.member(), capability, link, model == null ? "" : model, units,
                Duration.ofNanos(System.nanoTime() - startedNanos).toMillis(), costMicros, outcome));
    }

    private static String outcome(ProviderFailure failure) {
        return failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String modelOf(AiConnection connection, Capability capability) {
        return capability == Capability.TEXT ? connection.textModel() : connection.embeddingModel();
    }

    /** How the in-process provider of a capability is named to operators and members. */
    public static String localName(Capability capability) {
        return switch (capability) {
            case TEXT -> OfflineText.NAME;
            case MUSIC -> InProcessMusic.NAME;
            case STEMS -> InProcessStems.NAME;
            default -> "in-process " + MiniLmEmbeddings.MODEL;
        };
    }
}
