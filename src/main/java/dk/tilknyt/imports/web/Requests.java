package dk.tilknyt.imports.web;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.shared.InvalidInputException;

/** Kind and mode as they arrive in a URL or form: an unknown one is a 400. */
final class Requests {

    private Requests() {
    }

    static ImportKind kind(String code) {
        return ImportKind.fromCode(code).orElseThrow(() -> new InvalidInputException("imports.error.kind",
                "Unknown kind. Use one of: org_units, employments, absences, postings, applications."));
    }

    static ImportMode mode(String code) {
        if (code == null || code.isBlank()) {
            return ImportMode.UPSERT;
        }
        return ImportMode.fromCode(code).orElseThrow(() -> new InvalidInputException("imports.error.mode",
                "Unknown mode. Use upsert or replace."));
    }
}
