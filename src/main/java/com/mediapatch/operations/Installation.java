package com.mediapatch.operations;

import java.util.regex.Pattern;

/**
 * The installation this node belongs to. Every node of one installation has the same id, and
 * different installations have different ones, so what nodes share outside the database (Redis
 * pub/sub channels, rate-limit buckets) is named with it: two installations pointed at one Redis
 * never hear each other or spend each other's limits. The id is the configured
 * mediapatch.installation-id (env MEDIAPATCH_INSTALLATION) or else the one made in the database
 * by its first migration.
 *
 * @param id letters, digits, dots, dashes and underscores, at most 64
 */
public record Installation(String id) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Installation {
        if (id == null || !SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "An installation id is 1 to 64 letters, digits, dots, dashes or underscores: " + id);
        }
    }

    /** The name of a Redis key or channel of this installation, e.g. "mediapatch:{id}:messaging:activity". */
    public String redisName(String name) {
        return "mediapatch:" + id + ":" + name;
    }
}
