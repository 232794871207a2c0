package com.mediapatch.profiles.internal;

import com.mediapatch.profiles.Theme;

import com.mediapatch.profiles.ProfileDetails;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Availability;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Visibility;

import com.mediapatch.search.SearchAnalyzers;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.springframework.data.domain.Persistable;

/**
 * A member's profile. Changed only as a whole, from a validated {@link ProfileDetails}. Indexed for
 * the directory's search (see {@link ProfileSearchFields}) as its transaction commits.
 */
@Entity
@Table(name = "profiles_profile")
@Indexed(index = ProfileSearchFields.INDEX)
public class Profile implements Persistable<UUID> {

    @Id
    @Column(name = "account_id")
    @GenericField(name = ProfileSearchFields.ACCOUNT)
    private UUID accountId;

    @Column(nullable = false, unique = true, length = 30)
    @KeywordField(name = ProfileSearchFields.HANDLE, normalizer = SearchAnalyzers.FOLDED, sortable = Sortable.YES)
    @FullTextField(name = ProfileSearchFields.HANDLE_WORDS, analyzer = SearchAnalyzers.NAME_PREFIX,
            searchAnalyzer = SearchAnalyzers.NAME_SEARCH)
    private String handle;

    @Column(name = "display_name", nullable = false, length = 80)
    @FullTextField(name = ProfileSearchFields.NAME, analyzer = SearchAnalyzers.NAME_PREFIX,
            searchAnalyzer = SearchAnalyzers.NAME_SEARCH)
    @KeywordField(name = ProfileSearchFields.NAME_ORDER, normalizer = SearchAnalyzers.FOLDED, sortable = Sortable.YES)
    private String displayName;

    @Column(nullable = false, length = 4000)
    @FullTextField(name = ProfileSearchFields.BIO, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String bio = "";

    @FullTextField(name = ProfileSearchFields.CITY_WORDS, analyzer = SearchAnalyzers.TEXT,
            searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @KeywordField(name = ProfileSearchFields.CITY, normalizer = SearchAnalyzers.FOLDED)
    private String city;
    private String country;
    private Double latitude;
    private Double longitude;
    @Column(name = "place_id")
    private Long placeId;
    private String website;
    private String youtube;
    private String spotify;
    private String soundcloud;
    private String bandcamp;
    private String instagram;
    private String vimeo;

    @Column(name = "photo_id")
    private UUID photoId;

    @Column(name = "banner_id")
    private UUID bannerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField(name = ProfileSearchFields.VISIBILITY)
    private Visibility visibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Theme theme = Theme.SYSTEM;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profiles_profile_tag", joinColumns = @JoinColumn(name = "account_id"))
    private Set<Tag> tags = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** True until first saved: makes saving a new profile an INSERT that fails on a duplicate, never a merge. */
    @Transient
    private boolean fresh;

    protected Profile() {
    }

    Profile(AccountId account, String handle, String displayName, Instant now) {
        this.accountId = account.value();
        this.handle = handle;
        this.displayName = displayName;
        this.createdAt = now;
        this.updatedAt = now;
        this.fresh = true;
    }

    @Override
    public UUID getId() {
        return accountId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    void update(ProfileDetails details, Instant now) {
        this.handle = details.handle();
        this.displayName = details.displayName().strip();
        this.bio = details.bio() == null ? "" : details.bio().strip();
        this.city = blankToNull(details.city());
        this.country = blankToNull(details.country());
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.placeId = details.placeId();
        this.website = blankToNull(details.website());
        this.youtube = blankToNull(details.youtube());
        this.spotify = blankToNull(details.spotify());
        this.soundcloud = blankToNull(details.soundcloud());
        this.bandcamp = blankToNull(details.bandcamp());
        this.instagram = blankToNull(details.instagram());
        this.vimeo = blankToNull(details.vimeo());
        this.visibility = details.visibility();
        this.theme = details.theme();
        this.tags.clear();
        details.disciplines().forEach(d -> tags.add(new Tag(Tag.Kind.DISCIPLINE, d.name())));
        details.skills().forEach(s -> tags.add(new Tag(Tag.Kind.SKILL, s)));
        details.genres().forEach(g -> tags.add(new Tag(Tag.Kind.GENRE, g)));
        details.availableFor().forEach(a -> tags.add(new Tag(Tag.Kind.AVAILABLE, a.name())));
        this.updatedAt = now;
    }

    /** The current values, in the shape the edit form uses. */
    public ProfileDetails details() {
        return new ProfileDetails(handle, displayName, bio, disciplines(), tagsOf(Tag.Kind.SKILL),
                tagsOf(Tag.Kind.GENRE), city, country, latitude, longitude, placeId, website, youtube, spotify,
                soundcloud, bandcamp, instagram, vimeo, availableFor(), visibility, theme);
    }

    public ProfileSummary summary() {
        return new ProfileSummary(new AccountId(accountId), handle, displayName, photoId);
    }

    /** The current banner's id, or null. */
    public UUID banner() {
        return bannerId;
    }

    /** Shows a new photo (or none); returns the one it replaces, whose files may go. */
    UUID replacePhoto(UUID photo, Instant now) {
        UUID previous = photoId;
        this.photoId = photo;
        this.updatedAt = now;
        return previous;
    }

    /** Shows a new banner (or none); returns the one it replaces, whose files may go. */
    UUID replaceBanner(UUID banner, Instant now) {
        UUID previous = bannerId;
        this.bannerId = banner;
        this.updatedAt = now;
        return previous;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public Visibility visibility() {
        return visibility;
    }

    public Theme theme() {
        return theme;
    }

    public List<Discipline> disciplines() {
        return tags.stream().filter(t -> t.kind() == Tag.Kind.DISCIPLINE).map(t -> Discipline.valueOf(t.tag()))
                .sorted().toList();
    }

    /** The disciplines' names, for the directory's discipline filter. */
    @KeywordField(name = ProfileSearchFields.DISCIPLINE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getDisciplineNames() {
        return disciplines().stream().map(Discipline::name).toList();
    }

    /** The disciplines as members read them, for the directory's text search. */
    @FullTextField(name = ProfileSearchFields.DISCIPLINE_WORDS, analyzer = SearchAnalyzers.TEXT,
            searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getDisciplineLabels() {
        return disciplines().stream().map(Discipline::label).toList();
    }

    /** Skills and instruments, for the directory's text search and skill filter. */
    @KeywordField(name = ProfileSearchFields.SKILL, normalizer = SearchAnalyzers.FOLDED)
    @FullTextField(name = ProfileSearchFields.SKILL_WORDS, analyzer = SearchAnalyzers.TEXT,
            searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getSkills() {
        return tagsOf(Tag.Kind.SKILL);
    }

    /** Genres, for the directory's text search and genre filter. */
    @KeywordField(name = ProfileSearchFields.GENRE, normalizer = SearchAnalyzers.FOLDED)
    @FullTextField(name = ProfileSearchFields.GENRE_WORDS, analyzer = SearchAnalyzers.TEXT,
            searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getGenres() {
        return tagsOf(Tag.Kind.GENRE);
    }

    private List<Availability> availableFor() {
        return tags.stream().filter(t -> t.kind() == Tag.Kind.AVAILABLE).map(t -> Availability.valueOf(t.tag()))
                .sorted().toList();
    }

    private List<String> tagsOf(Tag.Kind kind) {
        return tags.stream().filter(t -> t.kind() == kind).map(Tag::tag).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
