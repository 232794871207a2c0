package com.mediapatch.identity;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where other modules may mail a member: the account's address, only once it is verified.
 * For mail the member asked for (notification digests), never for showing to others.
 */
@Service
public class MailAddresses {

    private final JdbcClient jdbc;

    MailAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> verifiedAddressOf(AccountId account) {
        return jdbc.sql("select email from identity_account where id = ? and email_verified_at is not null")
                .param(account.value()).query(String.class).optional();
    }
}
