package com.mediapatch.profiles.internal;

import com.mediapatch.profiles.ProfileDetails;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountRegistered;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates, changes and finds profiles. */
@Service
public class ProfileCatalogue {

    public static final int PAGE_SIZE = 24;

    private final ProfileRepository profiles;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    ProfileCatalogue(ProfileRepository profiles, PlatformTransactionManager transactions, Clock clock) {
        this.profiles = profiles;
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
                newTransaction.executeWithoutResult(status -> profiles.saveAndFlush(new Profile(account,
                        Handles.suggest(displayName, profiles::existsByHandle), displayName, clock.instant())));
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
            return profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException raced) {
            throw new HandleTaken(details.handle());
        }
    }

    /**
     * One page of the directory as {@code viewer} (null when signed out) may see it: public and members-only
     * profiles, friends-only ones of {@code friends}, never those of {@code hidden}.
     */
    @Transactional(readOnly = true)
    public Page<Profile> directory(AccountId viewer, String text, Discipline discipline, int page,
            Set<AccountId> friends, Set<AccountId> hidden) {
        Set<Visibility> visible = viewer == null ? EnumSet.of(Visibility.EVERYONE)
                : EnumSet.of(Visibility.EVERYONE, Visibility.MEMBERS);
        return profiles.search(visible, idsOrNobody(viewer == null ? Set.of() : friends), idsOrNobody(hidden),
                literal(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)), discipline == null ? "" : discipline.name(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName", "handle")));
    }

    @Transactional(readOnly = true)
    public List<AccountId> likeMinded(AccountId account, int limit) {
        PageRequest first = PageRequest.of(0, Math.max(1, limit));
        return Stream.concat(profiles.sharingTags(account.value(), first).stream(),
                profiles.sharingCity(account.value(), first).stream()).distinct().map(AccountId::new).toList();
    }

    /** The text as LIKE matches it literally: '%' and '_' are letters here, not wildcards. */
    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** An IN list is never empty: an id no account has stands for nobody. */
    private static List<UUID> idsOrNobody(Set<AccountId> accounts) {
        return accounts.isEmpty() ? List.of(NOBODY) : accounts.stream().map(AccountId::value).toList();
    }

    private static final UUID NOBODY = new UUID(0, 0);
}
