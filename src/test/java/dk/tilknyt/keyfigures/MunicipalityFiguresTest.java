package dk.tilknyt.keyfigures;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseCleaner;

/**
 * A key-figure test that builds its own small {@link Municipality} row by row on an emptied database; a
 * subclass's own {@code @BeforeEach} runs after this one and may add its fixture to {@link #m}.
 */
@KeyFigureTest
abstract class MunicipalityFiguresTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    KeyFigures keyFigures;

    Municipality m;

    @BeforeEach
    final void emptyMunicipality() {
        DatabaseCleaner.clean(dataSource);
        m = new Municipality(jdbc, events, keyFigures);
    }
}
