package com.mediapatch.demo;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.Connection;
import com.mediapatch.social.Relationships;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest(properties = "mediapatch.demo.enabled=true")
class DemoSeederIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    Profiles profiles;

    @Autowired
    Relationships relationships;

    @Test
    void seedsAVerifiedCommunityWithFilledInProfiles() throws Exception {
        assertThat(count("select count(*) from identity_account where email like '%@demo.mediapatch.test' "
                + "and email_verified_at is not null")).isEqualTo(DemoCommunity.MEMBERS_LIST.size());
        assertThat(count("select count(*) from profiles_profile where handle = 'the-paper-lanterns' and bio <> ''"))
                .isEqualTo(1);

        mvc.perform(get("/members").param("q", "paper lanterns")).andExpect(content().string(containsString("The Paper Lanterns")));
        mvc.perform(post("/sign-in").with(csrf()).param("email", "the-paper-lanterns@demo.mediapatch.test")
                .param("password", "patchwork rehearsal room")).andExpect(authenticated());
    }

    @Test
    void seedingTwiceChangesNothing() {
        int before = count("select count(*) from identity_account");
        int friendships = count("select count(*) from social_friendship");
        int requests = count("select count(*) from social_friend_request");
        seeder.seed();
        assertThat(count("select count(*) from identity_account")).isEqualTo(before);
        assertThat(count("select count(*) from social_friendship")).isEqualTo(friendships);
        assertThat(count("select count(*) from social_friend_request")).isEqualTo(requests);
    }

    @Test
    void theFirstDemoMemberHasFriendsAndARequestToAnswer() {
        AccountId first = profiles.byHandle("peckham-thursday-jam").orElseThrow().account();
        AccountId lanterns = profiles.byHandle("the-paper-lanterns").orElseThrow().account();
        assertThat(relationships.friends(first, null, 100).items()).extracting(ProfileSummary::handle)
                .contains("the-paper-lanterns", "kazimierz-mix-room", "accra-sample-lab");
        assertThat(relationships.incoming(first, null, 100).items()).extracting(request -> request.member().handle())
                .containsExactly("stockholm-string-arrangements");
        assertThat(relationships.between(lanterns, first).state()).isEqualTo(Connection.State.FRIENDS);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
