package dk.tilknyt.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProblem;
import dk.tilknyt.imports.ImportResult;
import dk.tilknyt.imports.history.ImportHistory;
import dk.tilknyt.imports.history.ImportRun;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;

/**
 * The HR import page: choose kind, mode and file, follow the upload and the import, then read the
 * errors or the counts; below, the history of imports.
 */
@Controller
class ImportPageController {

    private static final int HISTORY_ROWS = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ImportTasks tasks;
    private final ImportHistory history;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final Clock clock;
    private final DataSize limit;

    ImportPageController(ImportTasks tasks, ImportHistory history, AccessGuard guard, MessageSource messages,
                         Clock clock, @Value("${tilknyt.import.max-bytes:200MB}") DataSize limit) {
        this.tasks = tasks;
        this.history = history;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
        this.limit = limit;
    }

    record HistoryRow(String when, String username, String filename, String kind, String mode, String status,
                      long rows, long inserted, long updated, long deleted, long unchanged, long errorCount,
                      String warnings) {
    }

    record ErrorRow(Integer line, String column, String value, String message) {
    }

    /**
     * What the status box shows: a running import, or how it ended. It asks for news ({@code poll}) while
     * the import runs, and once more right after the upload, since a small file may be done by then and
     * the history below must still learn of it.
     */
    record StatusView(String id, String state, String kind, String filename, long rowsRead, long rowsChecked,
                      long rowsWritten, int percent, String phase, ImportResult result, List<ErrorRow> errors,
                      long errorCount, List<String> warnings, boolean poll) {

        public boolean isRunning() {
            return "running".equals(state);
        }
    }

    @GetMapping("/imports")
    String page(@RequestParam(required = false) String task, Model model, Locale locale) {
        String username = guard.requireRole(Role.HR).username();
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("limit", limit.toMegabytes() + " MB");
        model.addAttribute("history", historyRows());
        if (task != null) {
            model.addAttribute("status", tasks.find(task, username).map(t -> status(t, locale, !t.finished())).orElse(null));
            model.addAttribute("gone", tasks.find(task, username).isEmpty());
        }
        return "imports/page";
    }

    @GetMapping("/imports/template/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        guard.requireRole(Role.HR);
        ImportKind importKind = Requests.kind(kind);
        String header = "\uFEFF" + String.join(";", importKind.columns().stream().map(ImportKind.ImportColumn::name).toList())
                + "\r\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(importKind.code() + ".csv").build().toString())
                .body(header.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/imports")
    String start(@RequestParam String kind, @RequestParam(required = false) String mode,
                 @RequestParam(required = false) MultipartFile file,
                 @RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
                 Model model, Locale locale) throws IOException {
        String username = guard.requireRole(Role.HR).username();
        ImportKind importKind = Requests.kind(kind);
        ImportMode importMode = Requests.mode(mode);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            throw new InvalidInputException("imports.upload.noFile", "Choose a file.");
        }
        Path upload = Files.createTempFile("tilknyt-import-", ".upload");
        file.transferTo(upload);
        ImportTasks.Task task = tasks.start(importKind, importMode, upload, file.getOriginalFilename(),
                file.getContentType(), username);
        if (!"XMLHttpRequest".equals(requestedWith)) {
            return "redirect:/imports?task=" + task.id;
        }
        model.addAttribute("status", status(task, locale, true));
        return "imports/page :: status";
    }

    @GetMapping("/imports/progress/{id}")
    String progress(@PathVariable String id, Model model, Locale locale) {
        String username = guard.requireRole(Role.HR).username();
        ImportTasks.Task task = tasks.find(id, username).orElse(null);
        model.addAttribute("status", task == null ? null : status(task, locale, !task.finished()));
        model.addAttribute("gone", task == null);
        if (task == null || task.finished()) {
            model.addAttribute("history", historyRows());
        }
        return "imports/progress";
    }

    private StatusView status(ImportTasks.Task task, Locale locale, boolean poll) {
        var p = task.progress;
        String state = task.result != null ? "ok" : task.rejected != null ? "rejected" : task.failed ? "failed" : "running";
        List<ErrorRow> errors = task.rejected == null ? List.of()
                : task.rejected.problems().stream().map(problem -> error(problem, locale)).toList();
        List<String> warnings = task.result == null ? List.of()
                : task.result.warnings().stream().map(w -> w.message(messages, locale)).toList();
        return new StatusView(task.id, state, task.kind.code(), task.filename, p.rowsRead(), p.rowsChecked(),
                p.rowsWritten(), p.percentRead(), p.phase().name(), task.result, errors,
                task.rejected == null ? 0 : task.rejected.errorCount(), warnings, poll);
    }

    private ErrorRow error(ImportProblem problem, Locale locale) {
        return new ErrorRow(problem.line() == 0 ? null : problem.line(), problem.column(), problem.value(),
                problem.message(messages, locale));
    }

    private List<HistoryRow> historyRows() {
        return history.recent(HISTORY_ROWS).stream().map(this::row).toList();
    }

    private HistoryRow row(ImportRun run) {
        return new HistoryRow(run.startedAt().atZoneSameInstant(clock.getZone()).format(WHEN), run.username(),
                run.filename(), run.kind().code(), run.mode().code(), run.status().code(), run.rows(), run.inserted(),
                run.updated(), run.deleted(), run.unchanged(), run.errorCount(), run.warnings());
    }
}
