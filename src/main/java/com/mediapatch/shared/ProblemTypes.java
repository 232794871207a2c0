package com.mediapatch.shared;

import java.util.List;

/**
 * A module's own problem types. Each module with domain errors provides one bean of this
 * kind, so every {@code type} URI it answers with is explained in the catalogue.
 */
@FunctionalInterface
public interface ProblemTypes {

    List<ProblemType> types();
}
