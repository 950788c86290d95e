package dk.tilknyt.imports.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.imports.ImportRejected;
import dk.tilknyt.imports.ImportResult;
import dk.tilknyt.imports.ImportSource;
import dk.tilknyt.imports.Importer;
import jakarta.annotation.PreDestroy;

/**
 * Imports started from the page run here, in the background, so the page can show progress for a
 * large file. A task is visible only to the user who started it and is forgotten after an hour.
 */
@Component
class ImportTasks {

    private static final Logger log = LoggerFactory.getLogger(ImportTasks.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final Importer importer;
    private final Clock clock;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("import-task").daemon(true).factory());

    ImportTasks(Importer importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    static final class Task {
        final String id = UUID.randomUUID().toString();
        final String username;
        final ImportKind kind;
        final ImportMode mode;
        final String filename;
        final Instant started;
        final ImportProgress progress = new ImportProgress();
        volatile ImportResult result;
        volatile ImportRejected rejected;
        volatile boolean failed;

        Task(String username, ImportKind kind, ImportMode mode, String filename, Instant started) {
            this.username = username;
            this.kind = kind;
            this.mode = mode;
            this.filename = filename;
            this.started = started;
        }

        boolean finished() {
            return result != null || rejected != null || failed;
        }
    }

    /** Starts importing the uploaded file, which the task deletes when it is done. */
    Task start(ImportKind kind, ImportMode mode, Path upload, String filename, String contentType, String username) {
        forgetOldTasks();
        Task task = new Task(username, kind, mode, filename, clock.instant());
        tasks.put(task.id, task);
        executor.execute(() -> {
            try {
                ImportSource source = ImportSource.of(upload, contentType);
                task.result = importer.run(kind, mode, new ImportSource(filename, contentType, source.size(),
                        source.opener()), username, task.progress);
            } catch (ImportRejected rejected) {
                task.rejected = rejected;
            } catch (Exception e) {
                log.error("Import of {} ({}) by {} failed", filename, kind.code(), username, e);
                task.failed = true;
            } finally {
                UploadedFiles.delete(upload);
            }
        });
        return task;
    }

    Optional<Task> find(String id, String username) {
        return Optional.ofNullable(tasks.get(id)).filter(t -> t.username.equals(username));
    }

    private void forgetOldTasks() {
        Instant cutoff = clock.instant().minus(KEEP);
        tasks.values().removeIf(t -> t.finished() && t.started.isBefore(cutoff));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
