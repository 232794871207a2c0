package com.mediapatch.identity.web;

import java.util.List;

import com.mediapatch.identity.internal.RoleAssignments.Assignment;

/**
 * The role administration page.
 *
 * @param assignments every role held above member
 * @param assignable roles this administrator may give
 * @param email what was typed in the grant form
 * @param problem why the last change was refused, or null
 */
public record RolesPage(List<Assignment> assignments, List<String> assignable, String email, String problem) {
}
