package com.mediapatch.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private static final BundledBreachedPasswords BREACHED = new BundledBreachedPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(BREACHED);

    @Test
    void theBundledListIsSubstantial() {
        assertThat(BREACHED.size()).isGreaterThan(25_000);
    }

    @Test
    void shortPasswordsAreRefusedWithTheMinimum() {
        assertThat(policy.problemWith("seven77", "a@b.org")).hasValueSatisfying(m -> assertThat(m).contains("8"));
    }

    @Test
    void eightCharactersWithoutAnyCompositionRulesAreEnough() {
        assertThat(policy.problemWith("qzvtrmpk", "a@b.org")).isEmpty();
    }

    @Test
    void longPassphrasesAreWelcomeUpToTheLimit() {
        assertThat(policy.problemWith("the drummer left the van keys in the green room again ".repeat(4), "a@b.org"))
                .isEmpty();
        assertThat(policy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "a@b.org")).isPresent();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(policy.problemWith("ñandúñandú", "a@b.org")).isEmpty();
        assertThat(policy.problemWith("🎸🎸🎸🎸🎸🎸🎸", "a@b.org")).isPresent();
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        for (String breached : new String[] {"password", "PASSWORD1", "iloveyou", "qwertyuiop", "Trustno1"}) {
            assertThat(policy.problemWith(breached, "a@b.org")).as(breached)
                    .hasValueSatisfying(message -> assertThat(message).contains("breached"));
        }
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertThat(policy.problemWith("Drummer.Wanted@example.org", "drummer.wanted@example.org")).isPresent();
    }
}
