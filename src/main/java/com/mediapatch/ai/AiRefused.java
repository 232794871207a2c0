package com.mediapatch.ai;

import java.time.Duration;
import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Why an AI request was not answered, each with its own problem type so pages show a clear message and the API
 * a stable type: a capability switched off or not offered to the member's role, the member's daily quota used
 * up, a prompt over the size limit, and every link of the chain failing or out of budget.
 */
public abstract class AiRefused extends DomainProblem {

    public static final ProblemType CAPABILITY_OFF = new ProblemType("ai-capability-off", "AI feature switched off",
            HttpStatus.FORBIDDEN, "This AI feature is switched off on this site, or not offered to your account.");
    public static final ProblemType QUOTA_REACHED = new ProblemType("ai-quota-reached", "Daily AI quota reached",
            HttpStatus.TOO_MANY_REQUESTS, "You have used today's allowance of this AI feature; it renews at midnight UTC.");
    public static final ProblemType PROMPT_TOO_LONG = new ProblemType("ai-prompt-too-long", "Prompt too long",
            HttpStatus.UNPROCESSABLE_CONTENT, "The text sent to the AI feature is over the size limit.");
    public static final ProblemType UNAVAILABLE = new ProblemType("ai-unavailable", "AI feature unavailable",
            HttpStatus.SERVICE_UNAVAILABLE,
            "No provider of this AI feature could answer just now (failing, cooling down or out of budget).");
    public static final ProblemType CONNECTION_NOT_FOUND = new ProblemType("ai-connection-not-found",
            "AI connection not found", HttpStatus.NOT_FOUND, "There is no such AI connection.");

    public static final ProblemType UNSUPPORTED_AUDIO = new ProblemType("ai-unsupported-audio", "Recording not supported",
            HttpStatus.UNPROCESSABLE_CONTENT, "The recording sent to the AI feature is not one it can read.");

    AiRefused(ProblemType type, String detail) {
        super(type, detail);
    }

    /** The capability is off site-wide, or not offered to the member's role. */
    public static final class CapabilityOff extends AiRefused {
        public CapabilityOff(Capability capability) {
            super(CAPABILITY_OFF, capability.label() + " is not available to you on this site.");
        }
    }

    /** The member used up today's quota of a capability. */
    public static final class QuotaReached extends AiRefused {
        private final transient Duration untilRenewal;

        public QuotaReached(Capability capability, int quota, Duration untilRenewal) {
            super(QUOTA_REACHED, "You have used all " + quota + " of today's " + capability.label().toLowerCase(java.util.Locale.ROOT)
                    + " requests. They renew at midnight UTC.");
            this.untilRenewal = untilRenewal;
        }

        @Override
        public Duration retryAfter() {
            return untilRenewal;
        }
    }

    /** The prompt is over the size limit. */
    public static final class PromptTooLong extends AiRefused {
        public PromptTooLong(int limit) {
            super(PROMPT_TOO_LONG, "Keep the text under " + limit + " characters.");
        }
    }

    /** Every link of the chain failed, was cooling down or was out of budget. */
    public static final class Unavailable extends AiRefused {
        private final transient List<String> reasons;

        public Unavailable(Capability capability, List<String> reasons) {
            super(UNAVAILABLE, capability.label() + " could not answer just now. Try again in a minute.");
            this.reasons = List.copyOf(reasons);
        }

        /** Why each link was passed over, for God Mode's "Try it". */
        public List<String> reasons() {
            return reasons;
        }
    }

    /** A recording in a format, length or sample rate the capability cannot read; the reason says which. */
    public static final class UnsupportedAudio extends AiRefused {
        public UnsupportedAudio(String reason) {
            super(UNSUPPORTED_AUDIO, reason);
        }
    }

    /** A route named a capability that does not exist. */
    public static final class UnknownCapability extends AiRefused {
        public UnknownCapability() {
            super(ProblemType.NOT_FOUND, "There is no such AI capability.");
        }
    }

    /** A route named a connection that does not exist. */
    public static final class ConnectionNotFound extends AiRefused {
        public ConnectionNotFound() {
            super(CONNECTION_NOT_FOUND, "There is no such AI connection.");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Types {

        @Bean
        ProblemTypes aiProblemTypes() {
            return () -> List.of(CAPABILITY_OFF, QUOTA_REACHED, PROMPT_TOO_LONG, UNAVAILABLE, CONNECTION_NOT_FOUND,
                    UNSUPPORTED_AUDIO);
        }
    }
}
