package com.mediapatch.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountId;
import com.mediapatch.social.SocialGraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest(properties = "mediapatch.demo.enabled=true")
@Import(MessagingDemoDataIntegrationTests.EveryoneIsFriends.class)
class MessagingDemoDataIntegrationTests {

    private static final String LANTERNS = "where m.account_id = (select account_id from profiles_profile "
            + "where handle = 'the-paper-lanterns')";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessagingDemoData conversations;

    @Test
    void demoMembersHaveConversationsAndOneGroupChatSeededOnce() {
        assertThat(count("select count(*) from messaging_conversation c join messaging_member m on m.conversation_id = c.id "
                + LANTERNS + " and c.kind = 'DIRECT'")).isEqualTo(3);
        assertThat(jdbc.queryForList("select c.name from messaging_conversation c join messaging_member m "
                + "on m.conversation_id = c.id " + LANTERNS + " and c.kind = 'GROUP'", String.class))
                .containsExactly("Lanterns EP crew");
        String messagesOfLanterns = "select count(*) from messaging_message x join messaging_member m "
                + "on m.conversation_id = x.conversation_id " + LANTERNS;
        assertThat(count(messagesOfLanterns)).isEqualTo(8);
        conversations.seed();
        assertThat(count(messagesOfLanterns)).isEqualTo(8);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** The demo friendships come from the social module; here everyone is friends with everyone. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EveryoneIsFriends {

        @Bean
        @Primary
        SocialGraph everyoneIsFriends() {
            return new SocialGraph() {
                @Override
                public boolean areFriends(AccountId one, AccountId other) {
                    return true;
                }

                @Override
                public boolean blockedBetween(AccountId one, AccountId other) {
                    return false;
                }

                @Override
                public boolean muted(AccountId viewer, AccountId other) {
                    return false;
                }

                @Override
                public List<AccountId> friendsOf(AccountId member) {
                    return List.of();
                }
            };
        }
    }
}
