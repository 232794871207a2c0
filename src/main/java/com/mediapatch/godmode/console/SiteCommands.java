package com.mediapatch.godmode.console;

import java.util.List;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.godmode.internal.SiteSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code site readonly|maintenance on|off} and {@code site announce "..."|off}. */
@Configuration(proxyBeanMethods = false)
class SiteCommands {

    @Bean
    ConsoleCommand siteReadOnly(Overrides overrides, SiteSettings settings) {
        return new SwitchCommand("site readonly", "Lets members look but not change anything", "Read-only mode",
                "members can look around but every change is refused until it is off", "members can change things again",
                () -> settings.state().readOnly(), overrides::readOnly);
    }

    @Bean
    ConsoleCommand siteMaintenance(Overrides overrides, SiteSettings settings) {
        return new SwitchCommand("site maintenance", "Closes the site to everyone but God accounts", "Maintenance mode",
                "everyone but God accounts sees the maintenance page", "the site opens again",
                () -> settings.state().maintenance(), overrides::maintenance);
    }

    @Bean
    ConsoleCommand siteAnnounce(Overrides overrides) {
        return new ConsoleCommand() {
            @Override
            public String name() {
                return "site announce";
            }

            @Override
            public String usage() {
                return "site announce \"Rehearsal rooms reopen Monday\" | off";
            }

            @Override
            public String summary() {
                return "Shows a banner above every page, or takes it down";
            }

            @Override
            public String preview(CommandInput input) {
                String text = text(input);
                return text.isEmpty() ? "Take the announcement down." : "Show above every page: " + text;
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.announce(actor, text(input), input.reason());
            }

            private String text(CommandInput input) {
                List<String> arguments = arguments(input);
                if (arguments.isEmpty()) {
                    throw new CommandRefused("Give the text in quotes, or 'off'. Usage: " + usage());
                }
                String text = String.join(" ", arguments);
                return "off".equalsIgnoreCase(text) ? "" : text;
            }
        };
    }
}
