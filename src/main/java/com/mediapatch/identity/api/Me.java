package com.mediapatch.identity.api;

import java.util.List;

/**
 * Who the token belongs to.
 *
 * @param accountId the account
 * @param email its email
 * @param scopes what this token may do
 */
record Me(String accountId, String email, List<String> scopes) {
}
