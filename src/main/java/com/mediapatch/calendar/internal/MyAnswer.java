package com.mediapatch.calendar.internal;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.Listing;

/** An occurrence the member answered, with the answer. */
public record MyAnswer(Listing listing, Attendance answer) {
}
