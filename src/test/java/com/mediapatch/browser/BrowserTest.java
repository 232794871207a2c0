package com.mediapatch.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.mediapatch.CleanDatabaseOncePerRun;
import com.mediapatch.CommittedMailWatch;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.social.SocialMembers;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An end-to-end test: the whole application on a random port, driven by a real headless
 * Chromium through a {@link Browser} parameter. Skipped, with a message saying how to
 * install one, where no Chromium is installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Harmless fixture beans in every browser context, so tests using them share it.
@Import({CleanDatabaseOncePerRun.class, CommittedMailWatch.class, SocialMembers.class, NotificationFixtures.class})
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
