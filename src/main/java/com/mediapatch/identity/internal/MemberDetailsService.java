package com.mediapatch.identity.internal;

import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up by the email typed on the sign-in form. */
@Component
public class MemberDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    MemberDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String emailOrAccountId) {
        return byEmailOrId(emailOrAccountId).map(Account::toMember)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }

    /** The sign-in form sends an email; passkeys name the account by its id. */
    private Optional<Account> byEmailOrId(String name) {
        if (name != null && name.length() == 36 && !name.contains("@")) {
            try {
                return accounts.findById(AccountId.valueOf(name).value());
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        return accounts.findByEmail(Account.normalize(name == null ? "" : name));
    }

    @Transactional(readOnly = true)
    public Optional<Member> byId(AccountId account) {
        return accounts.findById(account.value()).map(Account::toMember).map(Member::withoutPassword);
    }
}
