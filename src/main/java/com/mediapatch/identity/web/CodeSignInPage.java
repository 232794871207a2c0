package com.mediapatch.identity.web;

/** The code step of signing in; {@code problem} says why the last code was refused. */
public record CodeSignInPage(String problem) {
}
