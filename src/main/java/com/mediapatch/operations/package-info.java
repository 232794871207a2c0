/**
 * How the platform runs on a machine: the data directory (readable by its owner only), a
 * clear refusal to start when the database cannot be opened, the backup and restore
 * commands, request ids that tie log lines to responses, and the OpenAPI description of
 * the JSON API.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = "shared")
package com.mediapatch.operations;

import org.springframework.modulith.ApplicationModule;
