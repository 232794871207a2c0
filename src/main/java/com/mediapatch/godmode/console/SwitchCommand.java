package com.mediapatch.godmode.console;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;

/** A site mode turned on or off; turning it on needs a reason. */
final class SwitchCommand implements ConsoleCommand {

    /** Sets the mode and says what happened. */
    interface Setter {
        String set(GodActor actor, boolean on, String reason);
    }

    private final String name;
    private final String summary;
    private final String mode;
    private final String whenOn;
    private final String whenOff;
    private final BooleanSupplier current;
    private final Setter setter;

    /**
     * @param mode how the mode is named in previews, e.g. "Read-only mode"
     * @param whenOn what turning it on means for members
     * @param whenOff what turning it off means for members
     */
    SwitchCommand(String name, String summary, String mode, String whenOn, String whenOff, BooleanSupplier current, Setter setter) {
        this.name = name;
        this.summary = summary;
        this.mode = mode;
        this.whenOn = whenOn;
        this.whenOff = whenOff;
        this.current = current;
        this.setter = setter;
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

    @Override
    public String preview(CommandInput input) {
        boolean on = on(input);
        if (current.getAsBoolean() == on) {
            return mode + " is already " + (on ? "on" : "off") + ": nothing changes.";
        }
        return "Turn " + mode.toLowerCase(Locale.ROOT) + " " + (on ? "on: " + whenOn : "off: " + whenOff) + ".";
    }

    @Override
    public String run(CommandInput input, GodActor actor) {
        return setter.set(actor, on(input), input.reason());
    }

    private boolean on(CommandInput input) {
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
}
