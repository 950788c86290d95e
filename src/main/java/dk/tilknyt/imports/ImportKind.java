package dk.tilknyt.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five kinds of import-format.md, in the order they are imported, with their columns. */
public enum ImportKind {

    ORG_UNITS(List.of(
            ImportColumn.required("unit_id"), ImportColumn.required("name"), ImportColumn.optional("parent_id"),
            ImportColumn.required("level"))),
    EMPLOYMENTS(List.of(
            ImportColumn.required("employment_id"), ImportColumn.required("segment_start"),
            ImportColumn.optional("segment_end"), ImportColumn.required("person_id"), ImportColumn.required("unit_id"),
            ImportColumn.required("job_family"), ImportColumn.required("employment_type"),
            ImportColumn.required("weekly_hours"), ImportColumn.optional("departure_reason"),
            ImportColumn.optional("birth_year"), ImportColumn.optional("shift_layer"))),
    ABSENCES(List.of(
            ImportColumn.required("absence_id"), ImportColumn.required("person_id"),
            ImportColumn.optional("employment_id"), ImportColumn.required("type"), ImportColumn.required("start_date"),
            ImportColumn.optional("end_date"), ImportColumn.optional("extent_pct"), ImportColumn.optional("hours"))),
    POSTINGS(List.of(
            ImportColumn.required("posting_id"), ImportColumn.required("unit_id"), ImportColumn.required("job_family"),
            ImportColumn.optional("title"), ImportColumn.required("employment_type"),
            ImportColumn.required("weekly_hours"), ImportColumn.required("published_date"),
            ImportColumn.required("deadline"), ImportColumn.optional("reposting_of"), ImportColumn.required("outcome"),
            ImportColumn.optional("filled_date"), ImportColumn.optional("channels"))),
    APPLICATIONS(List.of(
            ImportColumn.required("application_id"), ImportColumn.required("posting_id"),
            ImportColumn.required("applied_date"), ImportColumn.required("furthest_stage"),
            ImportColumn.required("outcome"), ImportColumn.optional("withdrawn_reason"),
            ImportColumn.optional("employment_id")));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    /** One column of a kind; {@code required} as in import-format.md ("when filled" counts as optional). */
    public record ImportColumn(String name, boolean required) {

        static ImportColumn required(String name) {
            return new ImportColumn(name, true);
        }

        static ImportColumn optional(String name) {
            return new ImportColumn(name, false);
        }
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The name in URLs and files: {@code org_units}, {@code employments}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
