package dk.tilknyt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
class FixtureImportTest {

    @Autowired
    Importer importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void theFixtureMunicipalityImportsInOrder() {
        ImportFixtures.loadAll(importer);
        assertThat(ImportFixtures.counts(jdbc)).containsExactly(
                Map.entry("org_unit", 5L), Map.entry("person", 3L),
                Map.entry("employment_segment", 5L), Map.entry("absence", 4L),
                Map.entry("posting", 3L), Map.entry("application", 3L));
    }
}
