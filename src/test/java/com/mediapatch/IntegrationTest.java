package com.mediapatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.social.SocialMembers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A full application context on the database the test run is configured for (H2 file by
 * default, PostgreSQL with {@code -Ppostgres}), driven through MockMvc, or through a real
 * server on a random port when a test needs what only a servlet container does (error
 * dispatch, filters on error pages).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
// Fixture beans that change nothing by being there are in every context, so tests using them share it.
@Import({CleanDatabaseOncePerRun.class, CommittedMailWatch.class, AccountFixtures.class, SocialMembers.class,
        NotificationFixtures.class})
public @interface IntegrationTest {

    @AliasFor(annotation = SpringBootTest.class)
    WebEnvironment webEnvironment() default WebEnvironment.MOCK;

    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
