package com.mediapatch.godmode.console;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Overrides;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code user role grant|revoke @handle moderator|admin}. God itself is never granted. */
@Configuration(proxyBeanMethods = false)
class RoleCommands {

    private static final Set<String> ROLES = Set.of("moderator", "admin");

    @Bean
    ConsoleCommand userRoleGrant(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user role grant", "user role grant @handle moderator|admin",
                "Gives a member the moderator or admin role", false) {
            @Override
            public String preview(CommandInput input) {
                return "Make " + targets.label(member(input)) + " " + role(arguments(input), usage())
                        + " (it takes effect at their next two-step sign-in; their sessions end now).";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.grantRole(actor, member(input), role(arguments(input), usage()), input.reason());
            }
        };
    }

    @Bean
    ConsoleCommand userRoleRevoke(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, "user role revoke", "user role revoke @handle moderator|admin --reason \"...\"",
                "Takes the moderator or admin role away", true) {
            @Override
            public String preview(CommandInput input) {
                return "Take the " + role(arguments(input), usage()) + " role from " + targets.label(member(input)) + ".";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.revokeRole(actor, member(input), role(arguments(input), usage()), input.reason());
            }
        };
    }

    private static String role(List<String> arguments, String usage) {
        String role = arguments.size() > 1 ? arguments.get(1).toLowerCase(Locale.ROOT) : "";
        if ("god".equals(role)) {
            throw new CommandRefused("God Mode comes from the operator's configuration (mediapatch.god.emails), never from a command.");
        }
        if (!ROLES.contains(role)) {
            throw new CommandRefused("Name the role: moderator or admin. Usage: " + usage);
        }
        return role;
    }
}
