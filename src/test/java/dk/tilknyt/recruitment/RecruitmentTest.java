package dk.tilknyt.recruitment;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * A database test of recruitment on the {@link RecruitmentFixture}'s two areas and users, stored afresh
 * before each test; a subclass's own {@code @BeforeEach} runs after this one.
 */
@DatabaseTest
public abstract class RecruitmentTest {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected UserAdministration users;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected Clock clock;

    @BeforeEach
    final void twoAreasAndTheirUsers() {
        DatabaseCleaner.clean(dataSource);
        RecruitmentFixture.organisation(jdbc, events);
        RecruitmentFixture.users(users);
    }
}
