package com.mediapatch.godmode;

import java.util.List;

/**
 * One command of the God Mode console. Each is a small bean; modules add their own (content
 * takedown, feature toggles...) by declaring one. Commands never run without a preview first,
 * destructive ones never without {@code --reason}, and the console audits every run.
 */
public interface ConsoleCommand {

    /** The words that name it, e.g. "user suspend". */
    String name();

    /** How to call it, e.g. {@code user suspend @handle --days 7 --reason "spam"}. */
    String usage();

    /** One line on what it does. */
    String summary();

    /** Whether it takes something away (then {@code --reason} is required). */
    default boolean destructive() {
        return false;
    }

    /**
     * What running it would change, in plain words; changes nothing.
     *
     * @throws CommandRefused when the input is incomplete or names nothing that exists
     */
    String preview(CommandInput input);

    /** Runs it and says what happened. */
    String run(CommandInput input, GodActor actor);

    /** The arguments after the name. */
    default List<String> arguments(CommandInput input) {
        return input.arguments(name().split(" ").length);
    }
}
