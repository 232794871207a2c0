package com.mediapatch.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignedOut;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What happens after a sign-in or sign-out: the session is labelled with the device and
 * address for the Devices and sessions page, and failures go back to the form with a
 * reason it can explain (never whether the email exists).
 */
@Component
public class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    static final String DEVICE_ATTRIBUTE = "mediapatch.identity.device";
    static final String ADDRESS_ATTRIBUTE = "mediapatch.identity.address";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInOutcomes(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        labelSession(request);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** Marks the session with the device and address, for the Devices and sessions page. */
    static void labelSession(HttpServletRequest request) {
        HttpSession session = request.getSession();
        session.setAttribute(DEVICE_ATTRIBUTE, Devices.describe(request.getHeader("User-Agent")));
        session.setAttribute(ADDRESS_ATTRIBUTE, request.getRemoteAddr());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof SignInRefused refused && refused.reason() == SignInRefused.Reason.SECOND_FACTOR_REQUIRED) {
            request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(refused.member().id(),
                    refused.member().email(), clock.instant()));
            response.sendRedirect(request.getContextPath() + IdentityRoutes.SIGN_IN_CODE);
            return;
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(IdentityRoutes.SIGN_IN);
        if (failure instanceof SignInRefused refused) {
            target.queryParam("error", refused.reason().name().toLowerCase(Locale.ROOT));
            if (refused.reason() == SignInRefused.Reason.RESTRICTED) {
                request.getSession().setAttribute(IdentityRoutes.RESTRICTION_NOTICE, refused.restriction().describe());
            }
            if (refused.reason() == SignInRefused.Reason.THROTTLED) {
                target.queryParam("minutes", refused.minutesToWait());
            }
        } else {
            target.queryParam("error", "credentials");
        }
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            target.queryParam("email", email.strip());
        }
        response.sendRedirect(request.getContextPath() + target.encode().build().toUriString());
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Member member) {
            events.publishEvent(new SignedOut(member.id(), 1, clock.instant()));
        }
    }
}
