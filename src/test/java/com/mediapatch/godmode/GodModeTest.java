package com.mediapatch.godmode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.mediapatch.IntegrationTest;
import com.mediapatch.MovableClock;
import com.mediapatch.SqlStatements;

import org.springframework.context.annotation.Import;

/**
 * One shared context for the God Mode tests: {@link Gods#EMAIL} is this installation's God
 * account ({@link Gods#NOVICE_EMAIL} a God address that has not set up two-step sign-in), the clock can be moved to let the step-up expire,
 * and SQL statements are counted for the pages whose query shapes are pinned.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest(properties = "mediapatch.god.emails=" + Gods.EMAIL + "," + Gods.NOVICE_EMAIL)
@Import({Gods.class, AuditTrail.class, MovableClock.Installed.class, SqlStatements.Counting.class})
public @interface GodModeTest {
}
