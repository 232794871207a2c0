package com.mediapatch.calendar.internal;

import java.util.UUID;

/** A new event was posted, so saved searches are checked against it once its transaction commits. */
record EventPosted(UUID event) {
}
