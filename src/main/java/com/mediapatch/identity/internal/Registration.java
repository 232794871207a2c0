package com.mediapatch.identity.internal;

import java.time.Clock;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountRegistered;
import com.mediapatch.identity.EmailVerified;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Signs people up and sends the link that proves their address. */
@Service
public class Registration {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final OutgoingMail outgoing;
    private final TransactionTemplate transaction;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(AccountRepository accounts, AccountTokens tokens, AccountMail mail, OutgoingMail outgoing,
            TransactionTemplate transaction, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.outgoing = outgoing;
        this.transaction = transaction;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the account and mails a verification link built by {@code linkTo}.
     * The password must already satisfy {@link PasswordPolicy}.
     */
    @Transactional
    public AccountId register(String email, String password, String displayName, VerificationLink linkTo) {
        String normalized = Account.normalize(email);
        if (accounts.existsByEmail(normalized)) {
            throw new EmailTaken();
        }
        Account account = accounts.save(new Account(AccountId.random(), normalized, encoder.encode(password),
                clock.instant()));
        sendVerification(account, linkTo);
        events.publishEvent(new AccountRegistered(account.id(), normalized, displayName.strip(), clock.instant()));
        return account.id();
    }

    /** For provisioning: an account whose address needs no proof; empty if the email is taken. */
    @Transactional
    public Optional<AccountId> registerVerified(String email, String password, String displayName) {
        String normalized = Account.normalize(email);
        if (accounts.existsByEmail(normalized)) {
            return Optional.empty();
        }
        Account account = new Account(AccountId.random(), normalized, encoder.encode(password), clock.instant());
        account.verifyEmail(clock.instant());
        accounts.save(account);
        events.publishEvent(new AccountRegistered(account.id(), normalized, displayName.strip(), clock.instant()));
        events.publishEvent(new EmailVerified(account.id(), normalized, clock.instant()));
        return Optional.of(account.id());
    }

    /**
     * Sends a fresh link if the address belongs to an unverified account; silent otherwise. Returns before
     * knowing which: the mail thread looks the address up, so the request does the same work either way.
     */
    public void resendVerification(String email, VerificationLink linkTo) {
        outgoing.decideOffRequestThread("verification", () -> transaction.executeWithoutResult(status ->
                accounts.findByEmail(Account.normalize(email)).filter(account -> !account.emailVerified())
                        .ifPresent(account -> sendVerification(account, linkTo))));
    }

    private void sendVerification(Account account, VerificationLink linkTo) {
        String token = tokens.issue(account.id().value(), AccountToken.Purpose.VERIFY_EMAIL);
        mail.sendVerification(account.email(), linkTo.forToken(token));
    }

    /** Builds the absolute URL a mailed token is put in. */
    @FunctionalInterface
    public interface VerificationLink {
        String forToken(String token);
    }
}
