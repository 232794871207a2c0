package com.mediapatch.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Supplies site-wide notices for the page shell. Implemented by the modules that own them
 * (God Mode's announcements and modes), so the shell depends on no feature module.
 */
public interface ShellNotices {

    List<Notice> notices(HttpServletRequest request);
}
