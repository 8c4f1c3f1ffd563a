package org.npmportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void the_migrations_provide_seventeen_regions_and_three_cities_named_in_three_languages() {
        var regions = directory.regions();

        assertThat(regions).hasSize(20);
        assertThat(regions).filteredOn(r -> r.getKind() == RegionKind.REGION).hasSize(17);
        assertThat(regions).filteredOn(r -> r.getKind() == RegionKind.CITY)
                .extracting(r -> r.name(Locale.ENGLISH)).containsExactly("Astana", "Almaty", "Shymkent");
        var karaganda = regions.stream().filter(r -> r.getCode().equals("KARAGANDA")).findFirst().orElseThrow();
        assertThat(karaganda.name(Locale.forLanguageTag("ru"))).isEqualTo("Карагандинская область");
        assertThat(karaganda.name(Locale.forLanguageTag("kk"))).isEqualTo("Қарағанды облысы");
    }

    @Test
    void the_demo_data_holds_the_organisations_of_the_source_documents() {
        assertThat(organisations.findAll()).extracting(Organisation::shortName)
                .contains("OSCE", "Ombudsman", "PRI", "OHCHR", "UNICEF", "British Embassy", "EU Delegation",
                        "Coalition against Torture", "KIBHR", "IPHR", "OMCT");
    }
}
