package com.mediapatch.godmode;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.identity.Member;

/**
 * A God account acting, and the request it acts through (its address and client go into
 * the audit log with the action).
 */
public record GodActor(Member god, HttpServletRequest request) {
}
