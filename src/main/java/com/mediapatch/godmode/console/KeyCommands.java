package com.mediapatch.godmode.console;

import java.util.stream.Collectors;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.vault.VaultKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code key status} and {@code key rotate}. */
@Configuration(proxyBeanMethods = false)
class KeyCommands {

    @Bean
    ConsoleCommand keyStatus(VaultKeys keys) {
        return new FixedCommand("key status", "Shows the vault's keys and how far re-encryption has come") {
            @Override
            public String preview(CommandInput input) {
                return describe(keys.status());
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return describe(keys.status());
            }
        };
    }

    @Bean
    ConsoleCommand keyRotate(Overrides overrides) {
        return new FixedCommand("key rotate", "Adds a new primary encryption key; old values are re-encrypted in the background", true) {
            @Override
            public String preview(CommandInput input) {
                return "Add a new primary key; every stored secret is re-encrypted with it in the background, then the "
                        + "old key retires.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                return overrides.rotateKey(actor, input.reason());
            }
        };
    }

    private static String describe(VaultKeys.VaultStatus status) {
        String keys = status.keys().stream().map(key -> key.id() + (key.primary() ? " (primary)" : key.retired() ? " (retired)" : " (old)"))
                .collect(Collectors.joining(", "));
        return "Keys: " + keys + ". Values still under an old key: " + status.pendingReseal() + ". Master keyset from "
                + status.masterKeySource() + ".";
    }
}
