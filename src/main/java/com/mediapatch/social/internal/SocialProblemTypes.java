package com.mediapatch.social.internal;

import java.util.List;

import com.mediapatch.shared.ProblemTypes;
import com.mediapatch.social.AlreadyFriends;
import com.mediapatch.social.AlreadyRequested;
import com.mediapatch.social.CannotBefriendYourself;
import com.mediapatch.social.FriendRequestNotFound;
import com.mediapatch.social.MemberNotFound;
import com.mediapatch.social.NotFriends;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the social problem types so their URIs resolve to explanations. */
@Configuration(proxyBeanMethods = false)
class SocialProblemTypes {

    @Bean
    ProblemTypes socialProblems() {
        return () -> List.of(AlreadyRequested.TYPE, AlreadyFriends.TYPE, CannotBefriendYourself.TYPE,
                FriendRequestNotFound.TYPE, MemberNotFound.TYPE, NotFriends.TYPE);
    }
}
