package dk.tilknyt.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
                java.util.Map.entry("org_unit", 5L), java.util.Map.entry("person", 3L),
                java.util.Map.entry("employment_segment", 5L), java.util.Map.entry("absence", 4L),
                java.util.Map.entry("posting", 3L), java.util.Map.entry("application", 3L));
    }
}
