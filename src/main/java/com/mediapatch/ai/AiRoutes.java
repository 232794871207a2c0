package com.mediapatch.ai;

/** The module's routes, imported by its templates so a typo fails the build. */
public final class AiRoutes {

    public static final String GOD = "/god/ai";
    public static final String CONNECTIONS = GOD + "/connections";
    public static final String CAPABILITIES = GOD + "/capabilities";
    public static final String TRY = GOD + "/try";
    public static final String TRY_TEXT_STREAM = TRY + "/text/stream";
    public static final String TRY_FILES = TRY + "/files";
    public static final String MY_USAGE = "/settings/ai";

    private AiRoutes() {
    }

    public static String connection(Object id) {
        return CONNECTIONS + "/" + id;
    }

    public static String capability(Capability capability) {
        return CAPABILITIES + "/" + capability.slug();
    }

    /** A file a Try page made (composed music, separated stems), by the try's id and the file's name. */
    public static String triedFile(Object id, String name) {
        return TRY_FILES + "/" + id + "/" + name;
    }

    public static String tryIt(Capability capability) {
        return TRY + "/" + capability.slug();
    }
}
