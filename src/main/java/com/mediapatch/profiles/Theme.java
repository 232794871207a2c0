package com.mediapatch.profiles;

/** The colour theme a member prefers; SYSTEM follows the device. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
