package com.mediapatch.godmode.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.identity.AccountOverview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code user ...} commands: one small command each, declared here because they share
 * how a member is named and previewed.
 */
@Configuration(proxyBeanMethods = false)
class UserCommands {

    @Bean
    ConsoleCommand userShow(Targets targets) {
        return new MemberCommand(targets, "user show", "user show @handle", "Shows a member's account at a glance", false) {
            @Override
            public String preview(CommandInput input) {
                AccountOverview member = member(input);
                return targets.label(member) + ": " + (member.emailVerified() ? "verified" : "unverified") + ", "
                        + (member.twoStep() ? "two-step sign-in on" : "no two-step sign-in") + ", roles " + member.roles()
                        + ", " + member.activeSessions() + " active sessions"
                        + (member.restriction() == null ? "" : ", " + member.restriction().describe());
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return preview(input);
            }
        };
    }

    @Bean
    ConsoleCommand userSuspend(Targets targets, Overrides overrides, Clock clock) {
        return new MemberCommand(targets, "user suspend", "user suspend @handle --days 7 --reason \"spam\"",
                "Suspends a member for some days (or --until 2026-12-31); ends their sessions", true) {
            @Override
            public String preview(CommandInput input) {
                return "Suspend " + targets.label(member(input)) + " until " + until(input, clock)
                        + "; every session and API token of theirs ends now.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.suspend(actor, member(input), until(input, clock), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userBan(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user ban", "user ban @handle --reason \"...\"",
                "Bans a member until lifted; ends their sessions", true) {
            @Override
            public String preview(CommandInput input) {
                return "Ban " + targets.label(member(input)) + " until someone lifts it; every session and API token ends now.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.ban(actor, member(input), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userUnsuspend(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user unsuspend", "user unsuspend @handle", "Lifts a suspension or ban", false) {
            @Override
            public String preview(CommandInput input) {
                AccountOverview member = member(input);
                return member.restriction() == null ? targets.label(member) + " is not suspended or banned: nothing changes."
                        : "Lift the restriction on " + targets.label(member) + " (" + member.restriction().describe() + ")";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.lift(actor, member(input), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userSessionsEnd(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user sessions end", "user sessions end @handle --reason \"...\"",
                "Signs a member out everywhere", true) {
            @Override
            public String preview(CommandInput input) {
                AccountOverview member = member(input);
                return "End " + member.activeSessions() + " active session(s) of " + targets.label(member) + ".";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.endSessions(actor, member(input), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userMfaReset(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user mfa reset", "user mfa reset @handle --reason \"lost phone\"",
                "Removes a member's authenticator app, recovery codes and passkeys", true) {
            @Override
            public String preview(CommandInput input) {
                AccountOverview member = member(input);
                return "Remove the authenticator app" + (member.passkeys() > 0 ? " and " + member.passkeys() + " passkey(s)" : "")
                        + " of " + targets.label(member) + " and sign them out everywhere.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.resetSecondFactors(actor, member(input), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userVerify(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user verify", "user verify @handle", "Marks a member's email address verified", false) {
            @Override
            public String preview(CommandInput input) {
                AccountOverview member = member(input);
                return member.emailVerified() ? targets.label(member) + " is already verified: nothing changes."
                        : "Mark " + member.email() + " as verified without a mailed link.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.markEmailVerified(actor, member(input), input.reason());
            }
        };
    }

    static Instant until(CommandInput input, Clock clock) {
        String days = input.option("days");
        String until = input.option("until");
        try {
            if (days != null && until == null) {
                int count = Integer.parseInt(days);
                if (count < 1 || count > 3650) {
                    throw new CommandRefused("--days takes 1 to 3650.");
                }
                return clock.instant().plus(Duration.ofDays(count));
            }
            if (until != null && days == null) {
                return LocalDate.parse(until).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        } catch (NumberFormatException | DateTimeParseException malformed) {
            throw new CommandRefused("Write --days as a whole number or --until as a date like 2026-12-31.");
        }
        throw new CommandRefused("Say how long: --days 7 or --until 2026-12-31 (one of them).");
    }
}
