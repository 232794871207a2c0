/**
 * The small shared kernel every feature module may use: problem types for errors that
 * reach people, and (in {@code shared.web}) the page shell, toasts and htmx support that
 * make every screen look and behave like one site. Nothing module-specific lives here.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package com.mediapatch.shared;

import org.springframework.modulith.ApplicationModule;
