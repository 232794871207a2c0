package com.mediapatch.social;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;

import org.springframework.boot.test.context.TestComponent;

/** Verified members with a known handle and profile, ready at once (no waiting for the sign-up listener). */
@TestComponent
public class SocialMembers {

    /** A test member. */
    public record TestMember(AccountId id, String handle, String name, String email) {
    }

    private final AccountProvisioning provisioning;
    private final Profiles profiles;

    SocialMembers(AccountProvisioning provisioning, Profiles profiles) {
        this.provisioning = provisioning;
        this.profiles = profiles;
    }

    public TestMember member(String name) {
        return member(name, Visibility.MEMBERS, List.of(), List.of(), null);
    }

    public TestMember member(String name, Visibility visibility) {
        return member(name, visibility, List.of(), List.of(), null);
    }

    public TestMember member(String name, Visibility visibility, List<Discipline> disciplines, List<String> genres,
            String city) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = AccountFixtures.newEmail();
        String display = name + " " + suffix;
        AccountId id = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, display).orElseThrow();
        String handle = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + suffix;
        profiles.update(id, new ProfileDetails(handle, display, "", disciplines, List.of(), genres, city,
                city == null ? null : "GB", null, null, null, null, null, null, null, null, null, null, List.of(),
                visibility, Theme.SYSTEM));
        return new TestMember(id, handle, display, email);
    }
}
