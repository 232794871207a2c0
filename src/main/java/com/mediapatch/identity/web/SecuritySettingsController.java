package com.mediapatch.identity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.EndAccessReason;
import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.AccessEnding;
import com.mediapatch.identity.internal.Passkeys;
import com.mediapatch.identity.internal.Reauthentication;
import com.mediapatch.identity.internal.RoleAssignments;
import com.mediapatch.identity.internal.SecondFactors;
import com.mediapatch.identity.internal.Totp;
import com.mediapatch.identity.web.SecurityPage.Stage;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up and removing an authenticator app and recovery codes. Every change asks for
 * the password again; the secret being set up waits in the server-side session until the
 * member proves their app produces the right code.
 */
@Controller
class SecuritySettingsController {

    static final String START = IdentityRoutes.SECURITY_SETTINGS + "/authenticator/start";
    static final String CONFIRM = IdentityRoutes.SECURITY_SETTINGS + "/authenticator/confirm";
    static final String REMOVE = IdentityRoutes.SECURITY_SETTINGS + "/authenticator/remove";
    static final String NEW_CODES = IdentityRoutes.SECURITY_SETTINGS + "/recovery-codes";
    static final String ADD_PASSKEY = IdentityRoutes.SECURITY_SETTINGS + "/passkeys";
    static final String REMOVE_PASSKEY = IdentityRoutes.SECURITY_SETTINGS + "/passkeys/remove";
    private static final String PENDING_SECRET = "mediapatch.identity.pendingTotpSecret";
    private static final String WRONG_PASSWORD = "That password is not right.";

    private final SecondFactors factors;
    private final Reauthentication reauthentication;
    private final RoleAssignments roles;
    private final Passkeys passkeys;
    private final AccessEnding access;

    SecuritySettingsController(SecondFactors factors, Reauthentication reauthentication, RoleAssignments roles,
            Passkeys passkeys, AccessEnding access) {
        this.access = access;
        this.factors = factors;
        this.reauthentication = reauthentication;
        this.roles = roles;
        this.passkeys = passkeys;
    }

    /** Re-checks the password, then offers the button that creates the passkey in the browser. */
    @PostMapping(ADD_PASSKEY)
    String addPasskey(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String label, HttpSession session, HttpServletResponse response,
            Model model) {
        if (label.isBlank() || label.length() > 60) {
            return refused(me, response, model, "Name the passkey (up to 60 characters), e.g. 'Work laptop'.");
        }
        if (!reauthentication.confirms(me.id(), password)) {
            return refused(me, response, model, WRONG_PASSWORD);
        }
        passkeys.passwordConfirmed(session);
        return page(model, new SecurityPage(Stage.PASSKEY, factors.enrolled(me.id()), factors.recoveryCodesLeft(me.id()),
                null, null, null, List.of(), null, List.of(), passkeys.of(me.id()), label.strip()));
    }

    @PostMapping(REMOVE_PASSKEY)
    String removePasskey(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String id,
            RedirectAttributes redirect) {
        if (passkeys.remove(me.id(), id)) {
            Toasts.success(redirect, "The passkey was removed.");
        } else {
            Toasts.error(redirect, "There is no such passkey.");
        }
        return "redirect:" + IdentityRoutes.SECURITY_SETTINGS;
    }

    @GetMapping(IdentityRoutes.SECURITY_SETTINGS)
    String overview(@AuthenticationPrincipal Member me, Model model) {
        return page(model, overviewOf(me, null));
    }

    @PostMapping(START)
    String start(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            HttpSession session, HttpServletResponse response, Model model) {
        if (!reauthentication.confirms(me.id(), password)) {
            return refused(me, response, model, WRONG_PASSWORD);
        }
        String secret = Totp.newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        return setup(model, me, secret, null);
    }

    @PostMapping(CONFIRM)
    String confirm(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String code, HttpSession session,
            HttpServletResponse response, Model model) {
        Object secret = session.getAttribute(PENDING_SECRET);
        if (!(secret instanceof String pending)) {
            return refused(me, response, model, "That setup expired. Start again.");
        }
        List<String> codes = factors.enrol(me.id(), pending, code);
        if (codes.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return setup(model, me, pending, "That code is not right. Check the app shows The Media Patch and try the newest code.");
        }
        session.removeAttribute(PENDING_SECRET);
        access.end(me.id(), EndAccessReason.SECOND_FACTOR_ADDED, session.getId());
        return page(model, SecurityPage.simple(Stage.CODES, true, codes.size(), codes));
    }

    @PostMapping(NEW_CODES)
    String newCodes(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, Model model) {
        if (!factors.enrolled(me.id()) || !reauthentication.confirms(me.id(), password)) {
            return refused(me, response, model, WRONG_PASSWORD);
        }
        List<String> codes = factors.regenerateRecoveryCodes(me.id());
        return page(model, SecurityPage.simple(Stage.CODES, true, codes.size(), codes));
    }

    @PostMapping(REMOVE)
    String remove(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!reauthentication.confirms(me.id(), password)) {
            return refused(me, response, model, WRONG_PASSWORD);
        }
        factors.remove(me.id());
        Toasts.info(redirect, "Your authenticator app is removed; sign-in now needs only your password.");
        return "redirect:" + IdentityRoutes.SECURITY_SETTINGS;
    }

    private String setup(Model model, Member me, String secret, String problem) {
        String uri = "otpauth://totp/" + encode("The Media Patch:" + me.email()) + "?secret=" + secret
                + "&issuer=" + encode("The Media Patch") + "&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS;
        return page(model, new SecurityPage(Stage.SETUP, factors.enrolled(me.id()), factors.recoveryCodesLeft(me.id()),
                secret, QrSvg.of(uri, "QR code to scan with your authenticator app"), uri, List.of(), problem, List.of(),
                List.of(), null));
    }

    private String refused(Member me, HttpServletResponse response, Model model, String problem) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, overviewOf(me, problem));
    }

    private SecurityPage overviewOf(Member me, String problem) {
        boolean enrolled = factors.enrolled(me.id());
        return SecurityPage.overview(enrolled, factors.recoveryCodesLeft(me.id()), problem,
                enrolled || !passkeys.of(me.id()).isEmpty() ? List.of() : roles.assignedTo(me.id()), passkeys.of(me.id()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String page(Model model, SecurityPage page) {
        model.addAttribute("page", page);
        return "identity/security";
    }
}
