package com.mediapatch.godmode.console;

import java.util.List;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;

/** A command that turns something on or off; turning it on needs a reason. */
abstract class SwitchCommand implements ConsoleCommand {

    private final String name;
    private final String summary;

    SwitchCommand(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return name + " on|off --reason \"...\"";
    }

    @Override
    public String summary() {
        return summary;
    }

    boolean on(CommandInput input) {
        List<String> arguments = arguments(input);
        String value = arguments.isEmpty() ? "" : arguments.get(0);
        if (!"on".equalsIgnoreCase(value) && !"off".equalsIgnoreCase(value)) {
            throw new CommandRefused("Say on or off. Usage: " + usage());
        }
        boolean on = "on".equalsIgnoreCase(value);
        if (on && input.reason() == null) {
            throw new CommandRefused("Turning " + name + " on needs a reason: add --reason \"...\".");
        }
        return on;
    }

    static String word(boolean on) {
        return on ? "on" : "off";
    }
}
