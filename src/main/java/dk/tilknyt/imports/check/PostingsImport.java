package dk.tilknyt.imports.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnitWriter;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.Recruitment;
import dk.tilknyt.recruitment.RecruitmentWriter;

/**
 * import-format.md "postings": deadline not before publication, a filled posting has its filled date,
 * a posting is re-posted at most once and re-posting chains do not go round; replace may not remove a
 * posting that applications refer to.
 */
final class PostingsImport extends KindImport {

    private static final BigDecimal MAX_HOURS = new BigDecimal(48);

    private final OrgDirectory directory;
    private final OrgUnitWriter orgUnits;
    private final Recruitment recruitment;
    private final RecruitmentWriter writer;

    private Map<String, JobFamily> jobFamilies;
    private final Set<String> units = new HashSet<>();
    private final Map<String, Posting> stored = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, FileRow<Posting>> file = new LinkedHashMap<>();
    private final List<Posting> inserts = new ArrayList<>();
    private final List<Posting> updates = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();

    PostingsImport(ImportMode mode, OrgDirectory directory, OrgUnitWriter orgUnits, Recruitment recruitment, RecruitmentWriter writer) {
        super(ImportKind.POSTINGS, mode);
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.recruitment = recruitment;
        this.writer = writer;
    }

    @Override
    protected void loadStored() {
        jobFamilies = Codes.of(directory.jobFamilies(), JobFamily::code);
        orgUnits.stored().forEach(u -> units.add(u.id()));
        recruitment.postings().forEach(p -> stored.put(p.id(), p));
    }

    @Override
    protected void row(Fields f) {
        String id = f.id("posting_id", true);
        String unit = f.id("unit_id", true);
        JobFamily family = f.code("job_family", true, jobFamilies);
        String title = f.text("title", 300, false);
        EmploymentType type = f.code("employment_type", true, Codes.EMPLOYMENT_TYPES);
        BigDecimal hours = f.decimal("weekly_hours", true, BigDecimal.ZERO, false, MAX_HOURS);
        LocalDate published = f.date("published_date", true);
        LocalDate deadline = f.date("deadline", true);
        String repostingOf = f.id("reposting_of", false);
        PostingOutcome outcome = f.code("outcome", true, Codes.POSTING_OUTCOMES);
        LocalDate filled = f.date("filled_date", false);
        List<String> channels = channels(f.text("channels", 300, false));
        if (unit != null && !units.contains(unit)) {
            f.error("unit_id", "import.ref.unit", unit);
        }
        if (published != null && deadline != null && deadline.isBefore(published)) {
            f.error("deadline", "import.posting.deadline", deadline, published);
        }
        if (outcome == PostingOutcome.FILLED && f.value("filled_date") == null) {
            f.error("filled_date", "import.posting.filledDate");
        }
        if (id != null) {
            Integer first = lines.putIfAbsent(id, f.line());
            if (first != null) {
                f.error("posting_id", "import.id.duplicate", id, first);
                return;
            }
        }
        if (!f.rowOk()) {
            return;
        }
        Posting posting = new Posting(id, unit, family.code(), title, type.code(), hours, published, deadline,
                repostingOf, outcome, filled, channels);
        file.put(id, new FileRow<>(f.line(), posting));
        Posting before = stored.get(id);
        if (before == null) {
            inserts.add(posting);
        } else if (before.equals(posting)) {
            unchanged++;
        } else {
            updates.add(posting);
        }
    }

    /** {@code |}-separated, as stored: trimmed, without empty parts. */
    private static List<String> channels(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    @Override
    protected void checkAll() {
        Map<String, FileRow<Posting>> all = new HashMap<>();
        if (!replace()) {
            stored.values().forEach(p -> all.put(p.id(), FileRow.stored(p)));
        }
        all.putAll(file);
        checkRepostedPostingsExist(all);
        checkRepostedOnce(all);
        for (List<String> circle : Chains.circles(all.keySet(),
                id -> all.containsKey(id) ? all.get(id).value().repostingOf() : null)) {
            String shown = String.join(" → ", circle) + " → " + circle.getFirst();
            circle.stream().map(file::get).filter(Objects::nonNull).forEach(row ->
                    problems.error(row.line(), "reposting_of", row.value().repostingOf(), "import.posting.circle", shown));
        }
        if (replace()) {
            stored.keySet().stream().filter(id -> !lines.containsKey(id)).sorted().forEach(deletes::add);
            checkRemovedPostingsUnused();
        }
    }

    private void checkRepostedPostingsExist(Map<String, FileRow<Posting>> all) {
        for (FileRow<Posting> row : file.values()) {
            String reposted = row.value().repostingOf();
            if (reposted != null && !all.containsKey(reposted) && !lines.containsKey(reposted)) {
                problems.error(row.line(), "reposting_of", reposted, "import.ref.posting", reposted);
            }
        }
    }

    private void checkRepostedOnce(Map<String, FileRow<Posting>> all) {
        Map<String, List<FileRow<Posting>>> reposts = new HashMap<>();
        all.values().stream().filter(r -> r.value().repostingOf() != null)
                .forEach(r -> reposts.computeIfAbsent(r.value().repostingOf(), k -> new ArrayList<>()).add(r));
        for (var entry : reposts.entrySet()) {
            List<FileRow<Posting>> rows = entry.getValue();
            if (rows.size() < 2) {
                continue;
            }
            rows.sort(Comparator.comparingInt(FileRow::line));
            FileRow<Posting> first = rows.getFirst();
            for (FileRow<Posting> row : rows.subList(1, rows.size())) {
                problems.error(row.line(), "reposting_of", entry.getKey(),
                        first.fromFile() ? "import.posting.repostedTwice" : "import.posting.repostedTwiceStored",
                        entry.getKey(), first.value().id(), first.line());
            }
        }
    }

    private void checkRemovedPostingsUnused() {
        if (deletes.isEmpty()) {
            return;
        }
        var removed = new HashSet<>(deletes);
        Map<String, Long> uses = new HashMap<>();
        recruitment.applications().stream().filter(a -> removed.contains(a.postingId()))
                .forEach(a -> uses.merge(a.postingId(), 1L, Long::sum));
        uses.keySet().stream().sorted().forEach(id ->
                problems.error(0, "posting_id", id, "import.posting.inUse", id, uses.get(id)));
    }

    @Override
    protected void write(ImportProgress progress) {
        writer.writePostings(inserts, updates, deletes);
        inserted = inserts.size();
        updated = updates.size();
        deleted = deletes.size();
        progress.written(inserted + updated + deleted);
    }
}
