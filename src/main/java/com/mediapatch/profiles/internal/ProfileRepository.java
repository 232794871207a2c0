package com.mediapatch.profiles.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

    Optional<Profile> findByHandle(String handle);

    boolean existsByHandle(String handle);

    /** Who the given accounts are, without loading their profiles' tags. */
    @Query("select p.accountId, p.handle, p.displayName from Profile p where p.accountId in :accounts")
    List<Object[]> summaries(Collection<UUID> accounts);

    /** The profiles of the given accounts with their tags, in one query. */
    @Query("select p from Profile p left join fetch p.tags where p.accountId in :accounts")
    List<Profile> withTags(Collection<UUID> accounts);
}
