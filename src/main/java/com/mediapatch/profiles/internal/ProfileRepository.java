package com.mediapatch.profiles.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.profiles.Visibility;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

    Optional<Profile> findByHandle(String handle);

    boolean existsByHandle(String handle);

    /**
     * The directory: visible profiles whose name or handle contains {@code text} (with LIKE
     * wildcards escaped by '!'), optionally of one discipline.
     */
    @Query("""
            select distinct p from Profile p left join p.tags t
            where (p.visibility in :visible or p.accountId in :friends) and p.accountId not in :hidden
              and (:text = '' or lower(p.displayName) like concat('%', :text, '%') escape '!'
                   or p.handle like concat('%', :text, '%') escape '!')
              and (:discipline = '' or (t.kind = com.mediapatch.profiles.internal.Tag.Kind.DISCIPLINE and t.tag = :discipline))
            """)
    Page<Profile> search(Collection<Visibility> visible, Collection<UUID> friends, Collection<UUID> hidden, String text,
            String discipline, Pageable page);

    /** Members visible to members who share discipline or genre tags with {@code account}, most shared first. */
    @Query("""
            select p.accountId from Profile p join p.tags t, Profile me join me.tags mine
            where me.accountId = :account and p.accountId <> :account
              and p.visibility <> com.mediapatch.profiles.Visibility.FRIENDS
              and t.kind <> com.mediapatch.profiles.internal.Tag.Kind.SKILL and t.kind = mine.kind
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
