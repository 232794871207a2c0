package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.internal.EmailVerification;
import com.mediapatch.identity.internal.LinkInvalid;
import com.mediapatch.identity.internal.Registration;
import com.mediapatch.identity.web.VerifyEmailPage.Stage;
import com.mediapatch.shared.web.Toasts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mailed link opens a page with a button; only pressing it (a POST) verifies. Link
 * scanners in mail systems fetch links with GET and so cannot use up the token.
 */
@Controller
class VerifyEmailController {

    private final EmailVerification verification;
    private final Registration registration;

    private final Links links;

    VerifyEmailController(EmailVerification verification, Registration registration, Links links) {
        this.links = links;
        this.verification = verification;
        this.registration = registration;
    }

    @GetMapping(IdentityRoutes.VERIFY_EMAIL + "/sent")
    String sent(@ModelAttribute("email") String email, Model model) {
        return page(model, new VerifyEmailPage(Stage.SENT, email, null, null));
    }

    @GetMapping(IdentityRoutes.VERIFY_EMAIL)
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        return page(model, new VerifyEmailPage(Stage.CONFIRM, null, token, null));
    }

    @PostMapping(IdentityRoutes.VERIFY_EMAIL)
    String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String email = verification.verify(token);
            Toasts.success(redirect, "Your email is confirmed. Welcome! Sign in to continue.");
            redirect.addAttribute("email", email);
            return "redirect:" + IdentityRoutes.SIGN_IN;
        } catch (LinkInvalid invalid) {
            response.setStatus(invalid.type().status().value());
            return page(model, new VerifyEmailPage(Stage.LINK_INVALID, null, null, invalid.getMessage()));
        }
    }

    @PostMapping(IdentityRoutes.RESEND_VERIFICATION)
    String resend(@RequestParam(defaultValue = "") String email, Model model) {
        if (!email.isBlank() && email.length() <= 254) {
            registration.resendVerification(email, links.to(IdentityRoutes.VERIFY_EMAIL));
        }
        return page(model, new VerifyEmailPage(Stage.RESENT, email, null, null));
    }

    private static String page(Model model, VerifyEmailPage page) {
        model.addAttribute("page", page);
        return "identity/verify-email";
    }
}
