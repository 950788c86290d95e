package dk.tilknyt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsCreateTheJobFamilyCatalogue() {
        assertThat(jdbc.sql("select count(*) from job_family").query(Long.class).single()).isEqualTo(15L);
    }
}
