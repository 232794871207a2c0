package com.mediapatch.godmode.console;

import com.mediapatch.godmode.ConsoleCommand;

/** A command that takes no arguments. */
abstract class FixedCommand implements ConsoleCommand {

    private final String name;
    private final String summary;
    private final boolean destructive;

    FixedCommand(String name, String summary) {
        this(name, summary, false);
    }

    FixedCommand(String name, String summary, boolean destructive) {
        this.name = name;
        this.summary = summary;
        this.destructive = destructive;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return destructive ? name + " --reason \"...\"" : name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public boolean destructive() {
        return destructive;
    }
}
