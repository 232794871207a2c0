package com.mediapatch.godmode.console;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.internal.Overrides;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code user role grant|revoke @handle moderator|admin}. God itself is never granted. */
@Configuration(proxyBeanMethods = false)
class RoleCommands {

    private static final Set<String> ROLES = Set.of("moderator", "admin");
    private static final String GRANT = "user role grant @handle moderator|admin";
    private static final String REVOKE = "user role revoke @handle moderator|admin --reason \"...\"";

    @Bean
    ConsoleCommand userRoleGrant(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, GRANT, "Gives a member the moderator or admin role", false,
                (input, member) -> "Make " + targets.label(member) + " " + role(input, GRANT)
                        + " (it takes effect at their next two-step sign-in; their sessions end now).",
                (input, member, actor) -> overrides.grantRole(actor, member, role(input, GRANT), input.reason()));
    }

    @Bean
    ConsoleCommand userRoleRevoke(Targets targets, Overrides overrides) {
        return new MemberCommand(targets, REVOKE, "Takes the moderator or admin role away", true,
                (input, member) -> "Take the " + role(input, REVOKE) + " role from " + targets.label(member) + ".",
                (input, member, actor) -> overrides.revokeRole(actor, member, role(input, REVOKE), input.reason()));
    }

    /** The role named after the member: the fifth word of "user role grant @handle role". */
    private static String role(CommandInput input, String usage) {
        List<String> words = input.words();
        String role = words.size() > 4 ? words.get(4).toLowerCase(Locale.ROOT) : "";
        if ("god".equals(role)) {
            throw new CommandRefused("God Mode comes from the operator's configuration (mediapatch.god.emails), never from a command.");
        }
        if (!ROLES.contains(role)) {
            throw new CommandRefused("Name the role: moderator or admin. Usage: " + usage);
        }
        return role;
    }
}
