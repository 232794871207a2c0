package com.mediapatch.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import org.springframework.stereotype.Service;

/** What other modules may ask about profiles: who a member is, by account or handle. */
@Service
public class Profiles {

    private final ProfileCatalogue catalogue;

    Profiles(ProfileCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Optional<ProfileSummary> of(AccountId account) {
        return catalogue.of(account).map(Profile::summary);
    }

    /** The profiles of many accounts in one query; accounts without a profile are left out. */
    public Map<AccountId, ProfileSummary> summaries(Collection<AccountId> accounts) {
        return catalogue.summaries(accounts);
    }

    public Optional<ProfileSummary> byHandle(String handle) {
        return catalogue.byHandle(handle).map(Profile::summary);
    }

    /** The members with these handles, in one query; unknown handles are left out. */
    public List<ProfileSummary> byHandles(Collection<String> handles) {
        return catalogue.summariesByHandle(handles);
    }

    /** Replaces what a member's profile says; details must satisfy the edit form's rules. */
    public ProfileSummary update(AccountId account, ProfileDetails details) {
        return catalogue.update(account, details).summary();
    }

    public Optional<ProfileDetails> details(AccountId account) {
        return catalogue.of(account).map(Profile::details);
    }

    /** The details of many profiles in one query; accounts without a profile are left out. */
    public Map<AccountId, ProfileDetails> details(Collection<AccountId> accounts) {
        return catalogue.details(accounts);
    }

    /**
     * Members other than {@code account} whose profiles members may see and who share disciplines or genres
     * (up to {@code limit}, most shared first) or the city (up to {@code limit} more): candidates for suggestions.
     */
    public List<AccountId> likeMinded(AccountId account, int limit) {
        return catalogue.likeMinded(account, limit);
    }
}
