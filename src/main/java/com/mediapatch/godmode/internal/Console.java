package com.mediapatch.godmode.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Reads console lines: finds the command (the longest name the line starts with), previews,
 * runs and audits it, suggests completions, and for a line that names no command says which
 * one was probably meant.
 */
@Service
public class Console {

    private static final int SUGGESTIONS = 8;
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final ObjectProvider<ConsoleCommand> commands;
    private final GodActions actions;

    Console(ObjectProvider<ConsoleCommand> commands, GodActions actions) {
        this.commands = commands;
        this.actions = actions;
    }

    public List<ConsoleCommand> commands() {
        return commands.orderedStream().sorted(Comparator.comparing(ConsoleCommand::name)).toList();
    }

    /** What the line would do; throws {@link CommandRefused} with help when it can't run. */
    public Preview preview(String line) {
        CommandInput input = CommandInput.parse(line);
        ConsoleCommand command = find(input);
        if (command.destructive() && input.reason() == null) {
            throw new CommandRefused("'" + command.name() + "' takes something away, so it needs a reason: add --reason \"...\". Usage: "
                    + command.usage());
        }
        return new Preview(command, input, command.preview(input));
    }

    /** Runs the line after previewing it again, and writes the outcome to the audit log either way. */
    public String run(String line, GodActor actor) {
        CommandInput input = CommandInput.parse(line);
        try {
            Preview preview = preview(line);
            String outcome = preview.command().run(input, actor);
            audit(actor, input, "succeeded", outcome);
            return outcome;
        } catch (RuntimeException refused) {
            audit(actor, input, "failed", refused.getMessage());
            throw refused;
        }
    }

    /** Command names and usages that continue what has been typed. */
    public List<String> suggestions(String typed) {
        String prefix = typed == null ? "" : typed.stripLeading().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return commands().stream()
                .filter(command -> command.name().startsWith(prefix) || prefix.startsWith(command.name() + " "))
                .map(ConsoleCommand::usage).limit(SUGGESTIONS).toList();
    }

    /** A previewed line, ready to run. */
    public record Preview(ConsoleCommand command, CommandInput input, String changes) {
    }

    private ConsoleCommand find(CommandInput input) {
        if (input.words().isEmpty()) {
            throw new CommandRefused("Type a command, or 'help' to see them all.");
        }
        String typed = String.join(" ", input.words()).toLowerCase(Locale.ROOT);
        Optional<ConsoleCommand> found = commands().stream()
                .filter(command -> typed.equals(command.name()) || typed.startsWith(command.name() + " "))
                .max(Comparator.comparingInt(command -> command.name().length()));
        return found.orElseThrow(() -> unknown(typed));
    }

    private CommandRefused unknown(String typed) {
        ConsoleCommand closest = commands().stream()
                .min(Comparator.comparingInt(command -> DISTANCE.apply(command.name(), leadingWords(typed, command.name()))))
                .orElseThrow();
        return new CommandRefused("There is no command '" + leadingWords(typed, closest.name()) + "'. Did you mean '"
                + closest.name() + "'? Usage: " + closest.usage() + " (type 'help' for every command)");
    }

    /** As many words of what was typed as the command's name has. */
    private static String leadingWords(String typed, String name) {
        String[] words = typed.split(" ");
        int count = Math.min(words.length, name.split(" ").length);
        return String.join(" ", Arrays.copyOf(words, count));
    }

    private void audit(GodActor actor, CommandInput input, String result, String outcome) {
        actions.record(actor.god(), actor.request(), "console-command-run", "console", input.reason(),
                Map.of("line", input.line(), "result", result, "outcome", outcome == null ? "" : truncate(outcome)));
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
