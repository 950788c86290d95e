package dk.tilknyt.conversations.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.people.EmploymentsChanged;
import jakarta.annotation.PreDestroy;

/**
 * Keeps the inbox current: a refresh after every change of employments or absences (after the commit,
 * in the background, so an import does not wait for it) and once a day for the items that fall due by
 * the passing of time. Requests that arrive while one is queued are folded into it.
 */
@Component
public class RefreshJob {

    private static final Logger log = LoggerFactory.getLogger(RefreshJob.class);

    private final FollowUpDerivation derivation;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conversations-refresh");
        t.setDaemon(true);
        return t;
    });

    RefreshJob(FollowUpDerivation derivation, Clock clock) {
        this.derivation = derivation;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EmploymentsChanged event) {
        requestRefresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AbsencesChanged event) {
        requestRefresh();
    }

    @Scheduled(cron = "${tilknyt.conversations.refresh-cron:0 30 1 * * *}", zone = "Europe/Copenhagen")
    void daily() {
        requestRefresh();
    }

    /** Queues a refresh of every person's items unless one is already waiting. */
    public void requestRefresh() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        queued.set(false);
        try {
            derivation.refreshAll(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.error("Refreshing the conversation inbox failed; the next change or the daily run retries", e);
        }
    }

    /** Waits until queued refreshes have run (tests, and the admin page's "refresh now"). */
    public void awaitIdle(long seconds) {
        try {
            executor.submit(() -> { }).get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Conversation refresh did not finish within {} s", seconds);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
