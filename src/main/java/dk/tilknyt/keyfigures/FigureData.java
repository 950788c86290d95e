package dk.tilknyt.keyfigures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dk.tilknyt.absence.Absences;
import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.keyfigures.domain.Snapshot;
import dk.tilknyt.keyfigures.domain.SnapshotBuilder;
import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.people.Staff;
import dk.tilknyt.recruitment.Recruitment;
import dk.tilknyt.recruitment.RecruitmentChanged;

/**
 * Keeps the figure snapshot fresh: every change event (after its transaction commits) makes the
 * current snapshot stale, and the first request after that builds a new one from all stored data
 * (requests meanwhile wait, so a figure is never older than the last import). A new day also needs a
 * new snapshot, because open absence rows are counted up to today.
 */
@Component
class FigureData {

    private static final Logger log = LoggerFactory.getLogger(FigureData.class);

    private final OrgDirectory org;
    private final Staff staff;
    private final Absences absences;
    private final Recruitment recruitment;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();
    private volatile Current current;

    FigureData(OrgDirectory org, Staff staff, Absences absences, Recruitment recruitment,
            PlatformTransactionManager transactions, Clock clock) {
        this.org = org;
        this.staff = staff;
        this.absences = absences;
        this.recruitment = recruitment;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    Snapshot snapshot() {
        Current snapshot = current;
        if (isFresh(snapshot)) {
            return snapshot.snapshot();
        }
        return rebuild();
    }

    private boolean isFresh(Current snapshot) {
        return snapshot != null && snapshot.change() == changes.get()
                && snapshot.snapshot().today().equals(LocalDate.now(clock));
    }

    private synchronized Snapshot rebuild() {
        if (isFresh(current)) {
            return current.snapshot();
        }
        long change = changes.get();
        long started = System.nanoTime();
        Snapshot snapshot = readOnly.execute(status -> load(LocalDate.now(clock)));
        current = new Current(snapshot, change);
        log.info("Key-figure snapshot built in {} ms: {} persons, {} absence pieces",
                (System.nanoTime() - started) / 1_000_000, snapshot.persons(), snapshot.absencePieces());
        return snapshot;
    }

    private Snapshot load(LocalDate today) {
        var units = org.tree().units().stream().map(OrgUnit::id).toList();
        var jobFamilies = org.jobFamilies().stream().map(JobFamily::code).toList();
        SnapshotBuilder builder = new SnapshotBuilder(today, units, jobFamilies);
        staff.forEachPerson(builder::person);
        staff.forEachSegment(builder::segment);
        absences.forEach(builder::absence);
        recruitment.postings().forEach(builder::posting);
        recruitment.applications().forEach(builder::application);
        return builder.build();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrgUnitsChanged event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EmploymentsChanged event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AbsencesChanged event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecruitmentChanged event) {
        changes.incrementAndGet();
    }

    private record Current(Snapshot snapshot, long change) {
    }
}
