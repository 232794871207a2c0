package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.internal.CodeSignIn;
import com.mediapatch.identity.internal.Passkeys;
import com.mediapatch.identity.internal.PendingSignIn;
import com.mediapatch.identity.internal.SecondFactors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The code step of signing in, for members with an authenticator app. */
@Controller
class CodeSignInController {

    private final CodeSignIn codeSignIn;
    private final SecondFactors factors;
    private final Passkeys passkeys;

    CodeSignInController(CodeSignIn codeSignIn, SecondFactors factors, Passkeys passkeys) {
        this.codeSignIn = codeSignIn;
        this.factors = factors;
        this.passkeys = passkeys;
    }

    @GetMapping(IdentityRoutes.SIGN_IN_CODE)
    String form(HttpServletRequest request, Model model) {
        PendingSignIn pending = codeSignIn.pending(request);
        if (pending == null) {
            return "redirect:" + IdentityRoutes.SIGN_IN;
        }
        model.addAttribute("page", page(pending, null));
        return "identity/sign-in-code";
    }

    @PostMapping(IdentityRoutes.SIGN_IN_CODE)
    String enter(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return switch (codeSignIn.enter(code.length() > 32 ? "" : code, request, response)) {
            case SIGNED_IN -> "redirect:/";
            case NOTHING_PENDING -> "redirect:" + IdentityRoutes.SIGN_IN;
            case THROTTLED -> "redirect:" + IdentityRoutes.SIGN_IN + "?error=throttled";
            case WRONG_CODE -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("page", page(codeSignIn.pending(request),
                        "That code is not right. Use the newest code from your app, or one of your recovery codes."));
                yield "identity/sign-in-code";
            }
        };
    }

    private CodeSignInPage page(PendingSignIn pending, String problem) {
        return pending == null ? new CodeSignInPage(problem, true, false)
                : new CodeSignInPage(problem, factors.enrolled(pending.account()), passkeys.any(pending.account()));
    }
}
