package dk.tilknyt.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dk.tilknyt.imports.check.KindImports;
import dk.tilknyt.imports.history.ImportHistory;
import dk.tilknyt.imports.history.ImportRun;

/**
 * Imports one file of one kind (import-format.md): all or nothing, in a transaction of its own, one
 * import at a time. Every run, stored or rejected or failed, goes into the import history. Needs no web
 * request or signed-in user: the caller says who imports.
 */
@Service
public class Importer {

    private static final Locale HISTORY_LOCALE = Locale.of("da");

    private final KindImports kinds;
    private final TransactionTemplate transactions;
    private final ImportHistory history;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    Importer(KindImports kinds, PlatformTransactionManager transactionManager, ImportHistory history,
             ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.kinds = kinds;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.history = history;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Stores the file's rows, or throws {@link ImportRejected} listing what is wrong (nothing stored).
     * {@code username} is who the history names, e.g. {@code "demo"} for the demo loader.
     */
    public ImportResult run(ImportKind kind, ImportMode mode, ImportSource source, String username) {
        return run(kind, mode, source, username, new ImportProgress());
    }

    /** As {@link #run(ImportKind, ImportMode, ImportSource, String)}, reporting progress as it goes. */
    public ImportResult run(ImportKind kind, ImportMode mode, ImportSource source, String username,
                            ImportProgress progress) {
        oneAtATime.lock();
        OffsetDateTime started = OffsetDateTime.now(clock);
        try {
            ImportResult result = transactions.execute(status -> kinds.create(kind, mode).run(source, progress));
            history.record(new ImportRun(null, kind, mode, source.filename(), username, started,
                    OffsetDateTime.now(clock), ImportRun.Status.OK, result.rows(), result.inserted(), result.updated(),
                    result.deleted(), result.unchanged(), 0, warnings(result)));
            events.publishEvent(new ImportCompleted(kind, mode, result.rows(), result.inserted(), result.updated(),
                    result.deleted(), result.unchanged()));
            return result;
        } catch (ImportRejected rejected) {
            history.record(new ImportRun(null, kind, mode, source.filename(), username, started,
                    OffsetDateTime.now(clock), ImportRun.Status.REJECTED, rejected.rows(), 0, 0, 0, 0,
                    rejected.errorCount(), null));
            throw rejected;
        } catch (RuntimeException failure) {
            history.record(new ImportRun(null, kind, mode, source.filename(), username, started,
                    OffsetDateTime.now(clock), ImportRun.Status.FAILED, progress.rowsRead(), 0, 0, 0, 0, 0, null));
            throw failure;
        } finally {
            progress.phase(ImportProgress.Phase.DONE);
            oneAtATime.unlock();
        }
    }

    private String warnings(ImportResult result) {
        if (result.warnings().isEmpty()) {
            return null;
        }
        return result.warnings().stream().map(w -> w.message(messages, HISTORY_LOCALE)).collect(Collectors.joining("\n"));
    }
}
