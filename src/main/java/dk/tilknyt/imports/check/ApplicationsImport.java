package dk.tilknyt.imports.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Recruitment;
import dk.tilknyt.recruitment.RecruitmentWriter;

/**
 * import-format.md "applications": pseudonymous rows of a known posting. {@code employment_id} may name
 * an employment not imported yet, so it is not checked.
 */
final class ApplicationsImport extends KindImport {

    private final Recruitment recruitment;
    private final RecruitmentWriter writer;

    private final Set<String> postings = new HashSet<>();
    private final Map<String, Application> stored = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Application> inserts = new ArrayList<>();
    private final List<Application> updates = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();

    ApplicationsImport(ImportMode mode, Recruitment recruitment, RecruitmentWriter writer) {
        super(ImportKind.APPLICATIONS, mode);
        this.recruitment = recruitment;
        this.writer = writer;
    }

    @Override
    protected void loadStored() {
        recruitment.postings().forEach(p -> postings.add(p.id()));
        recruitment.applications().forEach(a -> stored.put(a.id(), a));
    }

    @Override
    protected void row(Fields f) {
        String id = f.id("application_id", true);
        String posting = f.id("posting_id", true);
        LocalDate applied = f.date("applied_date", true);
        String stage = f.code("furthest_stage", true, Codes.STAGES);
        String outcome = f.code("outcome", true, Codes.APPLICATION_OUTCOMES);
        String withdrawnReason = f.code("withdrawn_reason", false, Codes.WITHDRAWN_REASONS);
        String employment = f.id("employment_id", false);
        if (posting != null && !postings.contains(posting)) {
            f.error("posting_id", "import.ref.posting", posting);
        }
        if (id != null) {
            Integer first = lines.putIfAbsent(id, f.line());
            if (first != null) {
                f.error("application_id", "import.id.duplicate", id, first);
                return;
            }
        }
        if (!f.rowOk()) {
            return;
        }
        Application application = new Application(id, posting, applied, stage, outcome, withdrawnReason, employment);
        Application before = stored.get(id);
        if (before == null) {
            inserts.add(application);
        } else if (before.equals(application)) {
            unchanged++;
        } else {
            updates.add(application);
        }
    }

    @Override
    protected void checkAll() {
        if (replace()) {
            stored.keySet().stream().filter(id -> !lines.containsKey(id)).sorted().forEach(deletes::add);
        }
    }

    @Override
    protected void write(ImportProgress progress) {
        writer.writeApplications(inserts, updates, deletes);
        inserted = inserts.size();
        updated = updates.size();
        deleted = deletes.size();
        progress.written(inserted + updated + deleted);
    }
}
