package dk.tilknyt.imports.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProblem;
import dk.tilknyt.imports.ImportRejected;
import dk.tilknyt.imports.ImportResult;
import dk.tilknyt.imports.ImportSource;
import dk.tilknyt.imports.Importer;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * api.md "Import": {@code POST /api/imports/{kind}?mode=upsert|replace} with the file as the body or as
 * the multipart field {@code file}. HR only. Messages are English unless the client asks for Danish
 * ({@code Accept-Language: da}).
 */
@RestController
class ImportApiController {

    private static final Locale DANISH = Locale.of("da");

    private final Importer importer;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final DataSize limit;

    ImportApiController(Importer importer, AccessGuard guard, MessageSource messages,
                        @Value("${tilknyt.import.max-bytes:200MB}") DataSize limit) {
        this.importer = importer;
        this.guard = guard;
        this.messages = messages;
        this.limit = limit;
    }

    record Stored(String kind, String mode, long rows, long inserted, long updated, long deleted, long unchanged,
                  List<String> warnings) {
    }

    record Rejected(String kind, List<Error> errors, long errorCount) {
    }

    record Error(Integer line, String column, String value, String message) {
    }

    @PostMapping(path = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importPart(@PathVariable String kind, @RequestParam(required = false) String mode,
                                      @RequestPart(name = "file", required = false) MultipartFile file,
                                      HttpServletRequest request) {
        String username = guard.requireRole(Role.HR).username();
        ImportKind importKind = Requests.kind(kind);
        ImportMode importMode = Requests.mode(mode);
        if (file == null) {
            throw new InvalidInputException("imports.error.noFile",
                    "There is no file in the request. Send the file as the body or in the multipart field \"file\".");
        }
        ImportSource source = new ImportSource(file.getOriginalFilename(), file.getContentType(), file.getSize(),
                file::getInputStream);
        return run(importKind, importMode, source, username, locale(request));
    }

    @PostMapping(path = "/api/imports/{kind}")
    ResponseEntity<Object> importBody(@PathVariable String kind, @RequestParam(required = false) String mode,
                                      HttpServletRequest request) throws IOException {
        String username = guard.requireRole(Role.HR).username();
        ImportKind importKind = Requests.kind(kind);
        ImportMode importMode = Requests.mode(mode);
        if (request.getContentLengthLong() > limit.toBytes()) {
            throw new MaxUploadSizeExceededException(limit.toBytes());
        }
        Path file = UploadedFiles.copy(request.getInputStream(), limit);
        try {
            ImportSource source = ImportSource.of(file, request.getContentType());
            String filename = importKind.code() + (isXlsx(request.getContentType()) ? ".xlsx" : ".csv");
            return run(importKind, importMode, new ImportSource(filename, source.contentType(), source.size(),
                    source.opener()), username, locale(request));
        } finally {
            UploadedFiles.delete(file);
        }
    }

    private ResponseEntity<Object> run(ImportKind kind, ImportMode mode, ImportSource source, String username,
                                       Locale locale) {
        try {
            ImportResult result = importer.run(kind, mode, source, username);
            return ResponseEntity.ok(new Stored(kind.code(), mode.code(), result.rows(), result.inserted(),
                    result.updated(), result.deleted(), result.unchanged(),
                    result.warnings().stream().map(w -> w.message(messages, locale)).toList()));
        } catch (ImportRejected rejected) {
            List<Error> errors = rejected.problems().stream().map(p -> error(p, locale)).toList();
            return ResponseEntity.unprocessableContent().body(new Rejected(kind.code(), errors, rejected.errorCount()));
        }
    }

    private Error error(ImportProblem problem, Locale locale) {
        return new Error(problem.line() == 0 ? null : problem.line(), problem.column(), problem.value(),
                problem.message(messages, locale));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), null, e.getMessage(), locale(request)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return answer(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("imports.upload.tooLarge", new Object[] {limit.toMegabytes() + " MB"}, locale(request)));
    }

    private static ResponseEntity<Object> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
    }

    /** English, unless Danish is what the client prefers. */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.ENGLISH, DANISH));
            return DANISH.equals(best) ? DANISH : Locale.ENGLISH;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    private static boolean isXlsx(String contentType) {
        return contentType != null && contentType.contains("spreadsheetml");
    }
}
