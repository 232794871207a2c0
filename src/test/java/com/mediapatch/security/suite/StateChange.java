package com.mediapatch.security.suite;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One state-changing browser request, with harmless form values, and what the visitor must be
 * for the request to reach its handler.
 *
 * @param route "METHOD /pattern" as Spring MVC or Spring Security knows it
 * @param path a concrete path for the pattern
 * @param who who sends it
 * @param form name, value, name, value...
 */
record StateChange(String route, String path, Who who, List<String> form) {

    /** Who sends the request. */
    enum Who {
        /** Anybody, signed in or not. */
        VISITOR,
        /** A signed-in member. */
        MEMBER,
        /** A signed-in member who has just re-entered their password, as adding a passkey requires. */
        MEMBER_ADDING_PASSKEY,
        /** As above, naming a passkey that is not theirs: past CSRF, Spring Security answers 403 itself. */
        MEMBER_REMOVING_UNOWNED_PASSKEY,
        /** A member, though only administrators pass authorisation once CSRF is satisfied. */
        ADMIN_ONLY
    }

    static final String NO_SUCH_TOKEN = UUID.randomUUID().toString();

    /** Every state-changing page route: Spring MVC handlers and the endpoints Spring Security serves itself. */
    static final List<StateChange> ALL = List.of(
            new StateChange("POST /sign-up", "/sign-up", Who.VISITOR, List.of("email", "x@example.org", "password", "short")),
            new StateChange("POST /sign-in", "/sign-in", Who.VISITOR, List.of("email", "x@example.org", "password", "wrong")),
            new StateChange("POST /sign-in/code", "/sign-in/code", Who.VISITOR, List.of("code", "000000")),
            new StateChange("POST /verify-email", "/verify-email", Who.VISITOR, List.of("token", "not-a-token")),
            new StateChange("POST /verify-email/resend", "/verify-email/resend", Who.VISITOR, List.of("email", "x@example.org")),
            new StateChange("POST /password-reset", "/password-reset", Who.VISITOR, List.of("email", "x@example.org")),
            new StateChange("POST /password-reset/new", "/password-reset/new", Who.VISITOR,
                    List.of("token", "not-a-token", "password", "a long new password")),
            new StateChange("POST /webauthn/authenticate/options", "/webauthn/authenticate/options", Who.VISITOR, List.of()),
            new StateChange("POST /login/webauthn", "/login/webauthn", Who.VISITOR, List.of()),
            new StateChange("POST /sign-out", "/sign-out", Who.MEMBER, List.of()),
            new StateChange("POST /settings/account/password", "/settings/account/password", Who.MEMBER,
                    List.of("currentPassword", "wrong", "newPassword", "another long password")),
            new StateChange("POST /settings/account/email", "/settings/account/email", Who.MEMBER,
                    List.of("newEmail", "new@example.org", "emailPassword", "wrong")),
            new StateChange("POST /settings/account/email/confirm", "/settings/account/email/confirm", Who.MEMBER,
                    List.of("token", "not-a-token")),
            new StateChange("POST /settings/sessions/{handle}/end", "/settings/sessions/000000000000000000000000/end",
                    Who.MEMBER, List.of()),
            new StateChange("POST /settings/sessions/end-others", "/settings/sessions/end-others", Who.MEMBER, List.of()),
            new StateChange("POST /settings/tokens", "/settings/tokens", Who.MEMBER,
                    List.of("name", "script", "scopes", "profile:read", "days", "7", "password", "wrong")),
            new StateChange("POST /settings/tokens/{id}/revoke", "/settings/tokens/" + NO_SUCH_TOKEN + "/revoke",
                    Who.MEMBER, List.of()),
            new StateChange("POST /settings/security/passkeys", "/settings/security/passkeys", Who.MEMBER,
                    List.of("label", "Laptop", "password", "wrong")),
            new StateChange("POST /settings/security/passkeys/remove", "/settings/security/passkeys/remove", Who.MEMBER,
                    List.of("id", "AAAA")),
            new StateChange("POST /settings/security/authenticator/start", "/settings/security/authenticator/start",
                    Who.MEMBER, List.of("password", "wrong")),
            new StateChange("POST /settings/security/authenticator/confirm", "/settings/security/authenticator/confirm",
                    Who.MEMBER, List.of("code", "000000")),
            new StateChange("POST /settings/security/recovery-codes", "/settings/security/recovery-codes", Who.MEMBER,
                    List.of("password", "wrong")),
            new StateChange("POST /settings/security/authenticator/remove", "/settings/security/authenticator/remove",
                    Who.MEMBER, List.of("password", "wrong")),
            new StateChange("POST /settings/profile", "/settings/profile", Who.MEMBER,
                    List.of("handle", "x", "displayName", "", "visibility", "EVERYONE", "theme", "SYSTEM")),
            new StateChange("POST /webauthn/register/options", "/webauthn/register/options", Who.MEMBER_ADDING_PASSKEY,
                    List.of()),
            new StateChange("POST /webauthn/register", "/webauthn/register", Who.MEMBER_ADDING_PASSKEY, List.of()),
            new StateChange("DELETE /webauthn/register/{id}", "/webauthn/register/AAAA", Who.MEMBER_REMOVING_UNOWNED_PASSKEY,
                    List.of()),
            new StateChange("POST /admin/roles", "/admin/roles", Who.ADMIN_ONLY,
                    List.of("email", "x@example.org", "role", "moderator")),
            new StateChange("POST /admin/roles/revoke", "/admin/roles/revoke", Who.ADMIN_ONLY,
                    List.of("account", NO_SUCH_TOKEN, "role", "moderator")),
            // God Mode: past CSRF, a plain member finds that it does not exist (404).
            new StateChange("POST /god/step-up", "/god/step-up", Who.MEMBER, List.of("code", "000000")),
            new StateChange("POST /god/members/{id}/{action}", "/god/members/" + NO_SUCH_TOKEN + "/ban", Who.MEMBER,
                    List.of("reason", "test")),
            new StateChange("POST /god/site/read-only", "/god/site/read-only", Who.MEMBER, List.of("on", "true", "reason", "x")),
            new StateChange("POST /god/site/maintenance", "/god/site/maintenance", Who.MEMBER, List.of("on", "true", "reason", "x")),
            new StateChange("POST /god/site/announcement", "/god/site/announcement", Who.MEMBER, List.of("text", "hello")),
            new StateChange("POST /god/console", "/god/console", Who.MEMBER, List.of("line", "help")),
            new StateChange("POST /god/console/run", "/god/console/run", Who.MEMBER, List.of("line", "site readonly on --reason x")),
            new StateChange("POST /god/audit/verify", "/god/audit/verify", Who.MEMBER, List.of()),
            new StateChange("POST /god/audit/checkpoint", "/god/audit/checkpoint", Who.MEMBER, List.of()),
            new StateChange("POST /god/impersonation/end", "/god/impersonation/end", Who.MEMBER, List.of()),
            new StateChange("POST /security/capture-attempts", "/security/capture-attempts", Who.MEMBER, List.of()),
            new StateChange("POST /friends/requests/{handle}", "/friends/requests/nobody-by-this-name", Who.MEMBER, List.of()),
            new StateChange("POST /friends/actions/{handle}/{action}", "/friends/actions/nobody-by-this-name/block", Who.MEMBER,
                    List.of()),
            new StateChange("POST /notifications/{id}/open", "/notifications/" + NO_SUCH_TOKEN + "/open", Who.MEMBER, List.of()),
            new StateChange("POST /notifications/read-all", "/notifications/read-all", Who.MEMBER, List.of()),
            new StateChange("POST /settings/notifications", "/settings/notifications", Who.MEMBER, List.of("message", "IN_APP")),
            new StateChange("POST /reports", "/reports", Who.MEMBER, List.of("targetType", "MEMBER", "target", "@nobody-by-this-name",
                    "category", "SPAM", "comment", "")),
            new StateChange("POST /moderation/cases/{id}/claim", "/moderation/cases/" + NO_SUCH_TOKEN + "/claim", Who.ADMIN_ONLY,
                    List.of()),
            new StateChange("POST /moderation/cases/{id}/notes", "/moderation/cases/" + NO_SUCH_TOKEN + "/notes", Who.ADMIN_ONLY,
                    List.of("text", "a note")),
            new StateChange("POST /moderation/cases/{id}/resolve", "/moderation/cases/" + NO_SUCH_TOKEN + "/resolve", Who.ADMIN_ONLY,
                    List.of("action", "DISMISS", "reason", "none")),
            new StateChange("POST /messages", "/messages", Who.MEMBER, List.of("handle", "nobody-by-this-name")),
            new StateChange("POST /messages/groups", "/messages/groups", Who.MEMBER, List.of("name", "")),
            new StateChange("POST /messages/{conversationId}", "/messages/" + NO_SUCH_TOKEN, Who.MEMBER, List.of("text", "hello")),
            new StateChange("POST /messages/{conversationId}/leave", "/messages/" + NO_SUCH_TOKEN + "/leave", Who.MEMBER, List.of()),
            new StateChange("POST /messages/{conversationId}/members", "/messages/" + NO_SUCH_TOKEN + "/members", Who.MEMBER, List.of("handle", "nobody-by-this-name")),
            new StateChange("POST /messages/{conversationId}/members/{handle}/remove", "/messages/" + NO_SUCH_TOKEN + "/members/nobody-by-this-name/remove", Who.MEMBER, List.of()),
            new StateChange("POST /messages/{conversationId}/members/{handle}/role", "/messages/" + NO_SUCH_TOKEN + "/members/nobody-by-this-name/role", Who.MEMBER, List.of("role", "ADMIN")),
            new StateChange("POST /messages/{conversationId}/messages/{messageId}/delete", "/messages/" + NO_SUCH_TOKEN + "/messages/" + NO_SUCH_TOKEN + "/delete", Who.MEMBER, List.of()),
            new StateChange("POST /messages/{conversationId}/messages/{messageId}/edit", "/messages/" + NO_SUCH_TOKEN + "/messages/" + NO_SUCH_TOKEN + "/edit", Who.MEMBER, List.of("text", "edited")),
            new StateChange("POST /messages/{conversationId}/read", "/messages/" + NO_SUCH_TOKEN + "/read", Who.MEMBER, List.of()),
            new StateChange("POST /messages/{conversationId}/rename", "/messages/" + NO_SUCH_TOKEN + "/rename", Who.MEMBER, List.of("name", "x")),
            new StateChange("POST /messages/{conversationId}/typing", "/messages/" + NO_SUCH_TOKEN + "/typing", Who.MEMBER, List.of()),
            new StateChange("POST /settings/messages", "/settings/messages", Who.MEMBER, List.of("whoMayMessage", "EVERYONE")));

    /**
     * A request for a route no entry above lists (a new module's), derived from its pattern: unknown ids for
     * its path variables, an empty form, sent by a member.
     */
    static StateChange derived(String route) {
        String pattern = route.substring(route.indexOf(' ') + 1);
        return new StateChange(route, pattern.replaceAll("\\{[^}]+}", NO_SUCH_TOKEN), Who.MEMBER, List.of());
    }

    MockHttpServletRequestBuilder request() {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(route.substring(0, route.indexOf(' '))), path).accept("text/html");
        for (int i = 0; i < form.size(); i += 2) {
            request.param(form.get(i), form.get(i + 1));
        }
        return request;
    }

    boolean signedIn() {
        return who != Who.VISITOR;
    }

    @Override
    public String toString() {
        return route;
    }
}
