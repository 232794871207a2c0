package com.mediapatch.site.web;

import java.util.List;

import com.mediapatch.shared.ProblemType;

/**
 * The catalogue of problem types, or one of them when {@code selected} is set.
 *
 * @param types every known type, in catalogue order
 * @param selected the type this page is about, or null for the whole catalogue
 */
public record ProblemPage(List<ProblemType> types, ProblemType selected) {
}
