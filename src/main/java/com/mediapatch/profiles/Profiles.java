package com.mediapatch.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.internal.LikeMinded;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;

import org.springframework.stereotype.Service;

/** What other modules may ask about profiles: who a member is, by account or handle. */
@Service
public class Profiles {

    private final ProfileCatalogue catalogue;
    private final LikeMinded likeMinded;

    Profiles(ProfileCatalogue catalogue, LikeMinded likeMinded) {
        this.catalogue = catalogue;
        this.likeMinded = likeMinded;
    }

    public Optional<ProfileSummary> of(AccountId account) {
        return catalogue.of(account).map(Profile::summary);
    }

    /** The profiles of many accounts in one query; accounts without a profile are left out. */
    public Map<AccountId, ProfileSummary> summaries(Collection<AccountId> accounts) {
        return catalogue.summaries(accounts);
    }

    /**
     * The profiles of many accounts in one query, with a photo only where a viewer who is not the member's friend
     * may see it (signed in or not): for lists shown to people who need not know these members.
     */
    public Map<AccountId, ProfileSummary> summariesForStrangers(Collection<AccountId> accounts, boolean signedIn) {
        return catalogue.summariesForStrangers(accounts, signedIn);
    }

    /**
     * Up to {@code limit} of {@code accounts} whose handle, or a word of whose name, begins with {@code text}, by
     * name: for pickers that search among a member's friends.
     */
    public List<ProfileSummary> matching(Collection<AccountId> accounts, String text, int limit) {
        return catalogue.matching(accounts, text, limit);
    }

    /** The profiles of these handles in one query; unknown handles are left out. */
    public List<ProfileSummary> byHandles(Collection<String> handles) {
        return catalogue.byHandles(handles);
    }

    public Optional<ProfileSummary> byHandle(String handle) {
        return catalogue.byHandle(handle).map(Profile::summary);
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
     * (up to {@code limit}, most shared first, drawn from a bounded window of each tag's holders) or the city (up to
     * {@code limit} more): candidates for suggestions.
     */
    public List<AccountId> likeMinded(AccountId account, int limit) {
        return likeMinded.of(account, limit);
    }
}
