package com.mediapatch.calendar.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.mediapatch.calendar.EventType;
import com.mediapatch.search.SearchAnalyzers;

import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * The searchable part of an event, read from its row for the {@code events} index and never written through
 * JPA: {@link EventDesk} and {@link CalendarJobs} write with SQL and then have {@link EventIndex} re-read the
 * row, so the index changes when the transaction commits.
 */
@Entity
@Immutable
@Table(name = "calendar_event")
@Indexed(index = EventFields.INDEX)
@GeoPointBinding(fieldName = EventFields.LOCATION)
public class EventDocument {

    @Id
    private UUID id;

    @Column(nullable = false)
    @GenericField(name = EventFields.ORGANISER)
    private UUID organiser;

    @Column(nullable = false)
    @KeywordField(name = EventFields.TYPE, aggregable = Aggregable.YES)
    private String type;

    @Column(nullable = false)
    @FullTextField(name = EventFields.TITLE, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String title;

    @Column(nullable = false)
    @FullTextField(name = EventFields.DESCRIPTION, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String description;

    @Column
    @FullTextField(name = EventFields.VENUE, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String venue;

    @Column
    @FullTextField(name = EventFields.CITY, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String city;

    @Column(nullable = false)
    private String genres;

    @Column(nullable = false)
    @GenericField(name = EventFields.FREE)
    private boolean free;

    @Column
    @Latitude
    private Double latitude;

    @Column
    @Longitude
    private Double longitude;

    @Column(name = "next_starts_at")
    @GenericField(name = EventFields.NEXT_START, sortable = Sortable.YES)
    private Instant nextStartsAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected EventDocument() {
    }

    public UUID getId() {
        return id;
    }

    /** Each genre as one keyword for the filter, and as words for the search. */
    @KeywordField(name = EventFields.GENRE, aggregable = Aggregable.YES)
    @FullTextField(name = EventFields.GENRE_WORDS, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "genres")))
    public List<String> getGenreList() {
        return genres.isBlank() ? List.of() : Arrays.asList(genres.split(",\\s*"));
    }

    /** The type's label as words, so "open mic" or "jam" find events of that type whatever their title says. */
    @FullTextField(name = EventFields.TYPE_WORDS, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "type")))
    public String getTypeLabel() {
        return EventType.valueOf(type).label();
    }

    @GenericField(name = EventFields.CANCELLED)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "cancelledAt")))
    public boolean isCancelled() {
        return cancelledAt != null;
    }
}
