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
import com.mediapatch.godmode.internal.Overrides;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code user ...} commands, one bean each. */
@Configuration(proxyBeanMethods = false)
class UserCommands {

    @Bean
    ConsoleCommand userShow(Targets targets) {
        MemberCommand.Preview show = (input, member) -> targets.label(member) + ": "
                + (member.emailVerified() ? "verified" : "unverified") + ", "
                + (member.twoStep() ? "two-step sign-in on" : "no two-step sign-in") + ", roles " + member.roles() + ", "
                + member.activeSessions() + " active sessions"
                + (member.restriction() == null ? "" : ", " + member.restriction().describe());
        return new MemberCommand(targets, "user show @handle", "Shows a member's account at a glance", false, show,
                (input, member, actor) -> show.of(input, member));
    }

    @Bean
    ConsoleCommand userSuspend(Targets targets, Overrides overrides, Clock clock) {
        return new MemberCommand(targets, "user suspend @handle --days 7 --reason \"spam\"",
                "Suspends a member for some days (or --until 2026-12-31); ends their sessions", true,
                (input, member) -> "Suspend " + targets.label(member) + " until " + until(input, clock)
                        + "; every session and API token of theirs ends now.",
                (input, member, actor) -> overrides.suspend(actor, member, until(input, clock), input.reason()));
    }

    @Bean
    ConsoleCommand userBan(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user ban @handle --reason \"...\"", "Bans a member until lifted; ends their sessions", true,
                (input, member) -> "Ban " + targets.label(member) + " until someone lifts it; every session and API token ends now.",
                (input, member, actor) -> overrides.ban(actor, member, input.reason()));
    }

    @Bean
    ConsoleCommand userUnsuspend(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user unsuspend @handle", "Lifts a suspension or ban", false,
                (input, member) -> member.restriction() == null ? targets.label(member) + " is not suspended or banned: nothing changes."
                        : "Lift the restriction on " + targets.label(member) + " (" + member.restriction().describe() + ")",
                (input, member, actor) -> overrides.lift(actor, member, input.reason()));
    }

    @Bean
    ConsoleCommand userSessionsEnd(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user sessions end @handle --reason \"...\"", "Signs a member out everywhere", true,
                (input, member) -> "End " + member.activeSessions() + " active session(s) of " + targets.label(member) + ".",
                (input, member, actor) -> overrides.endSessions(actor, member, input.reason()));
    }

    @Bean
    ConsoleCommand userMfaReset(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user mfa reset @handle --reason \"lost phone\"",
                "Removes a member's authenticator app, recovery codes and passkeys", true,
                (input, member) -> "Remove the authenticator app" + (member.passkeys() > 0 ? " and " + member.passkeys() + " passkey(s)" : "")
                        + " of " + targets.label(member) + " and sign them out everywhere.",
                (input, member, actor) -> overrides.resetSecondFactors(actor, member, input.reason()));
    }

    @Bean
    ConsoleCommand userVerify(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user verify @handle", "Marks a member's email address verified", false,
                (input, member) -> member.emailVerified() ? targets.label(member) + " is already verified: nothing changes."
                        : "Mark " + member.email() + " as verified without a mailed link.",
                (input, member, actor) -> overrides.markEmailVerified(actor, member, input.reason()));
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
