package com.mediapatch.profiles.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

    Optional<Profile> findByHandle(String handle);

    boolean existsByHandle(String handle);

    /** Who the given accounts are, with their photo ids and visibility, without loading their profiles' tags. */
    @Query("select p.accountId, p.handle, p.displayName, p.photoId, p.visibility from Profile p where p.accountId in :accounts")
    List<Object[]> summaries(Collection<UUID> accounts);

    /**
     * Summaries of those among {@code accounts} whose handle, or a word of whose name, begins with the prefix
     * (see {@code SqlLike.startingWith}), by name, with their photo ids.
     */
    @Query("""
            select p.accountId, p.handle, p.displayName, p.photoId from Profile p
            where p.accountId in :accounts
              and (p.handle like :prefix escape '!' or lower(p.displayName) like :prefix escape '!'
                   or lower(p.displayName) like concat('% ', :prefix) escape '!')
            order by lower(p.displayName), p.handle""")
    List<Object[]> summariesMatching(Collection<UUID> accounts, String prefix, Pageable page);

    /** Who has the given handles, with their photo ids, without loading their profiles' tags. */
    @Query("select p.accountId, p.handle, p.displayName, p.photoId from Profile p where p.handle in :handles")
    List<Object[]> summariesByHandle(Collection<String> handles);

    /** The profiles of the given accounts with their tags, in one query. */
    @Query("select p from Profile p left join fetch p.tags where p.accountId in :accounts")
    List<Profile> withTags(Collection<UUID> accounts);
}
