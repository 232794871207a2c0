package com.mediapatch.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.internal.Authorities;
import com.mediapatch.identity.internal.MemberDetailsService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Lets a God account see the site as a member does: the session signs in as the member with
 * only a member's rights (never a privileged role) and the {@link #AUTHORITY} mark, and keeps
 * the God sign-in aside to return to.
 */
@Service
public class Impersonation {

    /** Authority every impersonated sign-in carries; God actions and state changes refuse it. */
    public static final String AUTHORITY = "IMPERSONATED";
    private static final String STATE = "mediapatch.impersonation";

    private final MemberDetailsService members;
    private final Authorities authorities;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    Impersonation(MemberDetailsService members, Authorities authorities, Clock clock) {
        this.members = members;
        this.authorities = authorities;
        this.clock = clock;
    }

    /**
     * Who is being impersonated and by whom.
     *
     * @param god the God account behind it
     * @param member the account whose view is shown
     * @param memberEmail its address, for the banner
     * @param since when it began
     * @param original the God account's own sign-in, restored on leaving
     */
    public record State(AccountId god, AccountId member, String memberEmail, Instant since, Authentication original)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public Optional<State> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(STATE) instanceof State state ? Optional.of(state) : Optional.empty();
    }

    /** Switches this session to {@code target}; the caller has checked God Mode and step-up. */
    public boolean start(Member god, AccountId target, HttpServletRequest request, HttpServletResponse response) {
        Optional<Member> member = members.byId(target).filter(found -> !found.id().equals(god.id()));
        if (member.isEmpty() || current(request).isPresent()) {
            return false;
        }
        Set<String> rights = new HashSet<>(authorities.of(target, member.get().email(), member.get().emailVerified(), false));
        rights.removeIf(right -> right.startsWith("ROLE_") && !"ROLE_MEMBER".equals(right));
        rights.add(AUTHORITY);
        Member seen = member.get().withoutPassword().withAuthorities(rights);
        Authentication original = SecurityContextHolder.getContext().getAuthentication();
        request.getSession().setAttribute(STATE, new State(god.id(), target, seen.email(), clock.instant(), original));
        save(UsernamePasswordAuthenticationToken.authenticated(seen, null, seen.getAuthorities()), request, response);
        return true;
    }

    /** Returns the session to the God sign-in it came from. */
    public Optional<State> stop(HttpServletRequest request, HttpServletResponse response) {
        Optional<State> state = current(request);
        state.ifPresent(ended -> {
            request.getSession().removeAttribute(STATE);
            save(ended.original(), request, response);
        });
        return state;
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
