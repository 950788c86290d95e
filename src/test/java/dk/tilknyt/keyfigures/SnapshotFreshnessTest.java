package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.FigureAssertions.assertValue;
import static dk.tilknyt.keyfigures.FigureCode.HEADCOUNT;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.period;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.tilknyt.people.EmploymentsChanged;

/** Figures are fresh right after an import: a change event makes the next request see the new rows. */
class SnapshotFreshnessTest extends MunicipalityFiguresTest {

    private static final FigureQuery HEADCOUNT_2025 =
            new FigureQuery(U1, period("2025-01-01", "2025-12-31"), null, null, Set.of(HEADCOUNT));

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void onePerson() {
        m.segment("e1", "p1", U1, "2024-01-01", null, "37");
        assertValue(m.figures(HEADCOUNT_2025), HEADCOUNT, "1");
    }

    @Test
    void rowsWrittenWithoutAChangeEventAreNotSeenUntilTheEventArrives() {
        m.segment("e2", "p2", U1, "2024-01-01", null, "37");
        assertValue(keyFigures.compute(HEADCOUNT_2025), HEADCOUNT, "1");

        events.publishEvent(new EmploymentsChanged());

        assertValue(keyFigures.compute(HEADCOUNT_2025), HEADCOUNT, "2");
    }

    @Test
    void anEventPublishedInsideAnImportTransactionTakesEffectWhenItCommits() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            m.segment("e2", "p2", U1, "2024-01-01", null, "37");
            events.publishEvent(new EmploymentsChanged());
        });

        assertValue(keyFigures.compute(HEADCOUNT_2025), HEADCOUNT, "2");
    }

    @Test
    void anEventOfARolledBackImportChangesNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            m.segment("e2", "p2", U1, "2024-01-01", null, "37");
            events.publishEvent(new EmploymentsChanged());
            status.setRollbackOnly();
        });

        assertValue(keyFigures.compute(HEADCOUNT_2025), HEADCOUNT, "1");
    }
}
