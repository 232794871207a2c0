package com.mediapatch.classifieds.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

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
 * The searchable part of an ad, read from its row for the {@code classifieds} index and never written
 * through JPA: {@link AdDesk} writes with SQL and then has {@link AdIndex} re-read the row, so the index
 * changes when the transaction commits. Its meaning vector comes from {@code classifieds_ad_vector} (absent until
 * {@link AdMeaning} has worked it out).
 */
@Entity
@Immutable
@Table(name = "classifieds_ad")
@SecondaryTable(name = "classifieds_ad_vector", pkJoinColumns = @PrimaryKeyJoinColumn(name = "ad_id"))
@Indexed(index = AdFields.INDEX)
@GeoPointBinding(fieldName = AdFields.LOCATION)
public class AdDocument {

    @Id
    @GenericField(name = AdFields.ID)
    private UUID id;

    @Column(nullable = false)
    @GenericField(name = AdFields.OWNER)
    private UUID owner;

    @Column(nullable = false)
    @FullTextField(name = AdFields.TITLE, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String title;

    @Column(nullable = false)
    @FullTextField(name = AdFields.DESCRIPTION, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    private String description;

    @Column(nullable = false)
    @KeywordField(name = AdFields.CATEGORY, aggregable = Aggregable.YES)
    private String category;

    @Column(nullable = false)
    private String instruments;

    @Column(nullable = false)
    private String genres;

    @Column(nullable = false)
    @KeywordField(name = AdFields.STATUS)
    private String status;

    @Column(nullable = false)
    @GenericField(name = AdFields.HIDDEN)
    private boolean hidden;

    @Column
    @KeywordField(name = AdFields.CITY, aggregable = Aggregable.YES)
    private String city;

    @Column
    @Latitude
    private Double latitude;

    @Column
    @Longitude
    private Double longitude;

    @Column(name = "published_at")
    @GenericField(name = AdFields.PUBLISHED, sortable = Sortable.YES, aggregable = Aggregable.YES)
    private Instant publishedAt;

    @Column(name = "expires_at")
    @GenericField(name = AdFields.EXPIRES)
    private Instant expiresAt;

    /** What the ad means, for the semantic part of a search; null until worked out. Mapped by {@link AdMeaningMapping}. */
    @Column(table = "classifieds_ad_vector", name = "vector")
    @Convert(converter = VectorColumn.class)
    private float[] vector;

    protected AdDocument() {
    }

    public UUID getId() {
        return id;
    }

    /** Each instrument or role as one keyword, for the facet and the filter. */
    @KeywordField(name = AdFields.INSTRUMENT, aggregable = Aggregable.YES)
    @FullTextField(name = AdFields.INSTRUMENT_WORDS, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "instruments")))
    public List<String> getInstrumentList() {
        return Tags.fromColumn(instruments);
    }

    /** Each genre as one keyword, for the facet and the filter. */
    @KeywordField(name = AdFields.GENRE, aggregable = Aggregable.YES)
    @FullTextField(name = AdFields.GENRE_WORDS, analyzer = SearchAnalyzers.TEXT, searchAnalyzer = SearchAnalyzers.TEXT_SEARCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "genres")))
    public List<String> getGenreList() {
        return Tags.fromColumn(genres);
    }
}
