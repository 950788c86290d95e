package dk.tilknyt.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes "something changed" events only once the change is committed, so a listener that reloads
 * a cache never sees the old rows again (and sees nothing at all when the change is rolled back).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void publish(ApplicationEventPublisher events, Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(event);
            }
        });
    }
}
