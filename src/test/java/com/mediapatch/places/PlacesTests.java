package com.mediapatch.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mediapatch.places.internal.Gazetteer;

import org.junit.jupiter.api.Test;

/** The bundled gazetteer: type-ahead, lookups and distances over the real city list. */
class PlacesTests {

    private static final Places places = new Places(new Gazetteer());

    @Test
    void typingTheStartOfANameSuggestsTheBiggestPlacesFirst() {
        assertThat(places.suggest("leed", 5)).first().satisfies(leeds -> {
            assertThat(leeds.name()).isEqualTo("Leeds");
            assertThat(leeds.country()).isEqualTo("GB");
            assertThat(leeds.label()).isEqualTo("Leeds, ENG, United Kingdom");
        });
        assertThat(places.suggest("leeds", 5)).extracting(Place::country).containsSubsequence("GB", "US");
    }

    @Test
    void accentsAndCaseDoNotMatterEitherWay() {
        assertThat(places.suggest("SAO PAU", 3)).extracting(Place::name).first().isEqualTo("São Paulo");
        assertThat(places.suggest("krakó", 3)).extracting(Place::name).first().isEqualTo("Kraków");
        // Ł has no accent to take off: the plain-letter spelling GeoNames gives finds it.
        assertThat(places.suggest("lodz", 3)).extracting(Place::name).contains("Łódź");
    }

    @Test
    void suggestionsAreBoundedAndBlankTextFindsNothing() {
        assertThat(places.suggest("s", 500)).hasSize(Places.MAX_SUGGESTIONS);
        assertThat(places.suggest("   ", 5)).isEmpty();
        assertThat(places.suggest("zzzzqqq", 5)).isEmpty();
    }

    @Test
    void aPlaceIsFoundByIdAndByItsExactNameInACountry() {
        assertThat(places.byId(2644688)).get().extracting(Place::name).isEqualTo("Leeds");
        assertThat(places.byId(-1)).isEmpty();
        assertThat(places.named("leeds", "US")).get().extracting(Place::country).isEqualTo("US");
        assertThat(places.named("Leeds", "")).get().extracting(Place::id).isEqualTo(2644688L);
        assertThat(places.named("Leed", "GB")).isEmpty();
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        Place leeds = places.byId(2644688).orElseThrow();
        Place bradford = places.named("Bradford", "GB").orElseThrow();
        Place sydney = places.named("Sydney", "AU").orElseThrow();

        assertThat(leeds.kilometresTo(bradford)).isCloseTo(13.5, within(1.5));
        assertThat(leeds.kilometresTo(sydney)).isCloseTo(16_970, within(60.0));
        assertThat(leeds.kilometresTo(leeds)).isZero();
    }
}
