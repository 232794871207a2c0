package com.mediapatch.shared.web;

import java.security.Principal;
import java.util.Optional;

/**
 * Finds how a signed-in principal appears in the shell. Implemented by the module that
 * knows members' names (profiles), so the shell depends on no feature module.
 */
public interface ViewerLookup {

    Optional<Viewer> viewer(Principal principal);
}
