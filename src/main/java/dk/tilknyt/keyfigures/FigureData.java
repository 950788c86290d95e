package dk.tilknyt.keyfigures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
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
 * current snapshot stale, and a new one is built from all stored data in the background once the
 * changes have been quiet for a moment (an import publishes several events). A request that finds the
 * snapshot stale waits for the new one, so a figure is never older than the last import. A new day
 * also needs a new snapshot, because open absence rows are counted up to today.
 */
@Component
class FigureData implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FigureData.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final OrgDirectory org;
    private final Staff staff;
    private final Absences absences;
    private final Recruitment recruitment;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();
    private final Duration refreshDelay;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "key-figure-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private final Object scheduling = new Object();
    private ScheduledFuture<?> scheduled;
    private volatile Current current;

    FigureData(OrgDirectory org, Staff staff, Absences absences, Recruitment recruitment,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${tilknyt.keyfigures.refresh-delay:PT2S}") Duration refreshDelay) {
        this.org = org;
        this.staff = staff;
        this.absences = absences;
        this.recruitment = recruitment;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.refreshDelay = refreshDelay;
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
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        Snapshot snapshot = readOnly.execute(status -> load(LocalDate.now(clock)));
        current = new Current(snapshot, change);
        log.info("Key-figure snapshot built in {} ms ({} ms CPU in this thread): {} persons, {} absence pieces",
                (System.nanoTime() - started) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000,
                snapshot.persons(), snapshot.absencePieces());
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
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EmploymentsChanged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AbsencesChanged event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecruitmentChanged event) {
        changed();
    }

    /** Marks the snapshot stale at once and schedules a rebuild for when the changes have settled. */
    private void changed() {
        changes.incrementAndGet();
        if (refreshDelay.isNegative()) {
            return;
        }
        synchronized (scheduling) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            scheduled = background.schedule(this::refreshInBackground, refreshDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refreshInBackground() {
        try {
            snapshot();
        } catch (RuntimeException e) {
            // the next request builds it again and reports any error there
            log.warn("Background build of the key-figure snapshot failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    private record Current(Snapshot snapshot, long change) {
    }
}
