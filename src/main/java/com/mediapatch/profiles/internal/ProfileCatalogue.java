package com.mediapatch.profiles.internal;

import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Visibility;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountRegistered;
import com.mediapatch.shared.SqlLike;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates, changes and finds profiles. */
@Service
public class ProfileCatalogue {

    private static final int MATCH_CHUNK = 500;

    private final ProfileRepository profiles;
    private final SearchTerms terms;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    ProfileCatalogue(ProfileRepository profiles, SearchTerms terms, PlatformTransactionManager transactions, Clock clock) {
        this.profiles = profiles;
        this.terms = terms;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "profiles.on-account-registered")
    void on(AccountRegistered registered) {
        create(registered.account(), registered.displayName());
    }

    /**
     * The account's profile, created first if needed. Creation commits on its own, so the
     * sign-up listener and a first edit racing each other both end up with the one profile.
     */
    public Profile create(AccountId account, String displayName) {
        return profiles.findById(account.value()).orElseGet(() -> {
            try {
                newTransaction.executeWithoutResult(status -> {
                    Profile made = profiles.saveAndFlush(new Profile(account,
                            Handles.suggest(displayName, profiles::existsByHandle), displayName, clock.instant()));
                    terms.replace(account.value(), made.summary().displayName(), made.summary().handle());
                });
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // the other path won; its profile is the one
            }
            return profiles.findById(account.value()).orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public Optional<Profile> of(AccountId account) {
        return profiles.findById(account.value());
    }

    @Transactional(readOnly = true)
    public Map<AccountId, ProfileSummary> summaries(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return profiles.summaries(accounts.stream().map(AccountId::value).toList()).stream()
                .map(ProfileCatalogue::summary)
                .collect(Collectors.toMap(ProfileSummary::account, Function.identity()));
    }

    /**
     * Like {@link #summaries}, but with a photo only where the profile's visibility lets in a viewer who is no friend
     * (signed in or not): for lists of members the viewer need not know, whose photos must load for them.
     */
    @Transactional(readOnly = true)
    public Map<AccountId, ProfileSummary> summariesForStrangers(Collection<AccountId> accounts, boolean signedIn) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return profiles.summaries(accounts.stream().map(AccountId::value).toList()).stream()
                .map(row -> ((Visibility) row[4]).admits(signedIn, false) ? summary(row)
                        : new ProfileSummary(new AccountId((UUID) row[0]), (String) row[1], (String) row[2]))
                .collect(Collectors.toMap(ProfileSummary::account, Function.identity()));
    }

    /**
     * Up to {@code limit} of {@code accounts} whose handle or a word of whose name begins with {@code text}, by name:
     * read {@value #MATCH_CHUNK} accounts per query, so a long list of candidates never becomes one huge statement.
     */
    @Transactional(readOnly = true)
    public List<ProfileSummary> matching(Collection<AccountId> accounts, String text, int limit) {
        String prefix = SqlLike.startingWith(text);
        List<UUID> ids = accounts.stream().map(AccountId::value).toList();
        List<ProfileSummary> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MATCH_CHUNK) {
            profiles.summariesMatching(ids.subList(from, Math.min(ids.size(), from + MATCH_CHUNK)), prefix,
                    PageRequest.of(0, limit)).forEach(row -> found.add(summary(row)));
        }
        return found.stream().sorted(Comparator.comparing(ProfileSummary::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ProfileSummary::handle)).limit(limit).toList();
    }

    /** The profiles of these handles in one query; unknown handles are left out. */
    @Transactional(readOnly = true)
    public List<ProfileSummary> byHandles(Collection<String> handles) {
        return handles.isEmpty() ? List.of() : profiles.summariesByHandle(handles).stream().map(ProfileCatalogue::summary).toList();
    }

    private static ProfileSummary summary(Object[] row) {
        return new ProfileSummary(new AccountId((UUID) row[0]), (String) row[1], (String) row[2], (UUID) row[3]);
    }

    /** The details of many profiles, tags included, in one query; accounts without a profile are left out. */
    @Transactional(readOnly = true)
    public Map<AccountId, ProfileDetails> details(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return profiles.withTags(accounts.stream().map(AccountId::value).toList()).stream()
                .collect(Collectors.toMap(profile -> profile.summary().account(), Profile::details, (one, same) -> one));
    }

    @Transactional(readOnly = true)
    public Optional<Profile> byHandle(String handle) {
        return profiles.findByHandle(handle.toLowerCase(Locale.ROOT));
    }

    @Transactional
    public Profile update(AccountId account, ProfileDetails details) {
        Profile profile = create(account, details.displayName());
        profiles.findByHandle(details.handle()).filter(other -> !other.account().equals(account)).ifPresent(other -> {
            throw new HandleTaken(details.handle());
        });
        profile.update(details, clock.instant());
        try {
            Profile saved = profiles.saveAndFlush(profile);
            terms.replace(account.value(), saved.summary().displayName(), saved.summary().handle());
            return saved;
        } catch (DataIntegrityViolationException raced) {
            throw new HandleTaken(details.handle());
        }
    }

    /** Shows a new photo or banner (or none) on the member's profile; returns the id it replaces. */
    @Transactional
    public UUID replaceImage(AccountId account, ImageSlot slot, UUID image) {
        Profile profile = create(account, "New member");
        UUID previous = slot == ImageSlot.PHOTO ? profile.replacePhoto(image, clock.instant())
                : profile.replaceBanner(image, clock.instant());
        profiles.saveAndFlush(profile);
        return previous;
    }

}
