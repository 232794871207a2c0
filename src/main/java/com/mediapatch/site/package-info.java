/**
 * The public face of the site: the home page, friendly error pages for people, problem
 * details for API clients, and the catalogue explaining each problem type.
 */
@ApplicationModule(displayName = "Site", allowedDependencies = {"shared", "shared :: web", "operations"})
package com.mediapatch.site;

import org.springframework.modulith.ApplicationModule;
