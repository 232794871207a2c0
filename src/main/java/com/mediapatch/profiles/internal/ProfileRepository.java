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

    /** Who the given accounts are, with their photo ids, without loading their profiles' tags. */
    @Query("select p.accountId, p.handle, p.displayName, p.photoId from Profile p where p.accountId in :accounts")
    List<Object[]> summaries(Collection<UUID> accounts);

    /** Who has the given handles, with their photo ids, without loading their profiles' tags. */
    @Query("select p.accountId, p.handle, p.displayName, p.photoId from Profile p where p.handle in :handles")
    List<Object[]> summariesByHandle(Collection<String> handles);

    /** The profiles of the given accounts with their tags, in one query. */
    @Query("select p from Profile p left join fetch p.tags where p.accountId in :accounts")
    List<Profile> withTags(Collection<UUID> accounts);

    /** Members visible to members who share discipline or genre tags with {@code account}, most shared first. */
    @Query("""
            select p.accountId from Profile p join p.tags t, Profile me join me.tags mine
            where me.accountId = :account and p.accountId <> :account
              and p.visibility <> com.mediapatch.profiles.Visibility.FRIENDS
              and t.kind in (com.mediapatch.profiles.internal.Tag.Kind.DISCIPLINE, com.mediapatch.profiles.internal.Tag.Kind.GENRE)
              and t.kind = mine.kind
              and lower(t.tag) = lower(mine.tag)
            group by p.accountId order by count(t) desc
            """)
    List<UUID> sharingTags(UUID account, Pageable page);

    /** Members visible to members who live in the same city as {@code account}. */
    @Query("""
            select p.accountId from Profile p, Profile me
            where me.accountId = :account and p.accountId <> :account and me.city is not null
              and p.visibility <> com.mediapatch.profiles.Visibility.FRIENDS
              and lower(p.city) = lower(me.city) and (me.country is null or p.country = me.country)
            """)
    List<UUID> sharingCity(UUID account, Pageable page);
}
