package com.mediapatch.profiles.internal;

import java.util.Collection;
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
            where p.visibility in :visible
              and (:text = '' or lower(p.displayName) like concat('%', :text, '%') escape '!'
                   or p.handle like concat('%', :text, '%') escape '!')
              and (:discipline = '' or (t.kind = com.mediapatch.profiles.internal.Tag.Kind.DISCIPLINE and t.tag = :discipline))
            """)
    Page<Profile> search(Collection<Visibility> visible, String text, String discipline, Pageable page);
}
