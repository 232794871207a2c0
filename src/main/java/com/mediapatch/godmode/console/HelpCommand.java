package com.mediapatch.godmode.console;

import java.util.stream.Collectors;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code help}: every command with its usage. */
@Component
class HelpCommand extends FixedCommand {

    private final ObjectProvider<Console> console;

    HelpCommand(ObjectProvider<Console> console) {
        super("help", "Lists every command");
        this.console = console;
    }

    @Override
    public String preview(CommandInput input) {
        return console.getObject().commands().stream()
                .map(command -> command.usage() + "\n    " + command.summary() + (command.destructive() ? " (needs --reason)" : ""))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String run(CommandInput input, GodActor actor) {
        return preview(input);
    }
}
