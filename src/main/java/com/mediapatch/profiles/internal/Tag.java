package com.mediapatch.profiles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One tag on a profile: a discipline, a skill or instrument, a genre, or something the member is available for. */
@Embeddable
record Tag(@Enumerated(EnumType.STRING) @Column(name = "kind", length = 16) Kind kind,
        @Column(name = "tag", length = 40) String tag) {

    enum Kind {
        DISCIPLINE, SKILL, GENRE, AVAILABLE
    }
}
