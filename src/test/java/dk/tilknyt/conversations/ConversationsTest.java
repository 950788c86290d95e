package dk.tilknyt.conversations;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.conversations.followup.RefreshJob;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** A database test of the conversations module: an emptied municipality and the inbox's stores. */
@DatabaseTest
public abstract class ConversationsTest {

    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected FollowUpDerivation derivation;
    @Autowired
    protected ItemStore items;
    @Autowired
    protected SettingsStore settings;
    @Autowired
    protected RefreshJob refreshJob;

    /**
     * Waits for a background refresh a previous test started, empties the database and returns the
     * organisation of {@link Fixtures}, with follow-up counted from {@code since}.
     */
    protected Fixtures emptyMunicipality(LocalDate since) {
        refreshJob.awaitIdle(30);
        DatabaseCleaner.clean(dataSource);
        settings.setSince(since);
        return new Fixtures(jdbc).organisation();
    }

    /** The person's first inbox item of the kind, as derived on the day. */
    protected InboxItem item(String personId, ItemKind kind, LocalDate on) {
        return items.list(InboxFilter.forPerson(personId, on)).stream().filter(i -> i.kind() == kind)
                .findFirst().orElseThrow();
    }
}
