package com.mediapatch.classifieds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.Category;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

// The same context as DemoSeederIntegrationTests, so no new one is started.
@IntegrationTest(properties = "mediapatch.demo.enabled=true")
class ClassifiedsDemoDataIntegrationTests {

    private static final String DEMO_ADS = "select count(*) from classifieds_ad a join profiles_profile p "
            + "on p.account_id = a.owner where p.handle in (" + String.join(", ",
                    DemoAds.ALL.stream().map(ad -> "'" + ad.handle() + "'").distinct().toList()) + ")";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassifiedsDemoData demo;

    @Test
    void atLeastFortyAdsInEveryCategoryAreSeededOnce() {
        int seeded = jdbc.queryForObject(DEMO_ADS, Integer.class);
        assertThat(seeded).isEqualTo(DemoAds.ALL.size()).isGreaterThanOrEqualTo(40);
        List<String> categories = jdbc.queryForList("select distinct a.category from classifieds_ad a join profiles_profile p "
                + "on p.account_id = a.owner where a.status = 'PUBLISHED'", String.class);
        assertThat(categories).containsExactlyInAnyOrder(List.of(Category.values()).stream().map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.queryForObject("select count(*) from classifieds_ad a join profiles_profile p on p.account_id = a.owner "
                + "where p.handle = 'the-paper-lanterns' and a.title = 'Bassist wanted for The Paper Lanterns' "
                + "and a.instruments like '%,bass,%' and a.status = 'PUBLISHED'", Integer.class)).isOne();

        demo.seed();

        assertThat(jdbc.queryForObject(DEMO_ADS, Integer.class)).isEqualTo(seeded);
    }
}
