package com.mediapatch.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link AccountId} parameter of an API handler as the account the bearer token
 * speaks for, once the token holds the scope named here. Without a usable token the request
 * is answered 401 (problem type unauthorized), without the scope 403 (forbidden); the API
 * description states the scope of every handler that uses it. The scope must be one a module
 * declares as an {@link ApiScope} bean, or the application does not start.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiCaller {

    /** The value of the scope the token needs for this handler, e.g. {@code "messages:read"}. */
    String value();
}
