package dk.tilknyt.imports.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.org.OrgLevel;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.org.OrgUnitWriter;
import dk.tilknyt.people.Staff;
import dk.tilknyt.recruitment.Recruitment;

/** import-format.md "org_units": one tree, one root, no cycles; replace may not remove a unit in use. */
final class OrgUnitsImport extends KindImport {

    private final OrgUnitWriter writer;
    private final Staff staff;
    private final Recruitment recruitment;

    private final Map<String, OrgUnit> stored = new HashMap<>();
    private final Map<String, FileRow<OrgUnit>> file = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<OrgUnit> inserts = new ArrayList<>();
    private final List<OrgUnit> updates = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();

    OrgUnitsImport(ImportMode mode, OrgUnitWriter writer, Staff staff, Recruitment recruitment) {
        super(ImportKind.ORG_UNITS, mode);
        this.writer = writer;
        this.staff = staff;
        this.recruitment = recruitment;
    }

    @Override
    protected void loadStored() {
        writer.stored().forEach(u -> stored.put(u.id(), u));
    }

    @Override
    protected void row(Fields f) {
        String id = f.id("unit_id", true);
        String name = f.text("name", 200, true);
        String parent = f.id("parent_id", false);
        OrgLevel level = f.code("level", true, Codes.LEVELS);
        if (id != null) {
            Integer first = lines.putIfAbsent(id, f.line());
            if (first != null) {
                f.error("unit_id", "import.id.duplicate", id, first);
                return;
            }
        }
        if (f.rowOk()) {
            OrgUnit unit = new OrgUnit(id, name, parent, level);
            file.put(id, new FileRow<>(f.line(), unit));
            OrgUnit before = stored.get(id);
            if (before == null) {
                inserts.add(unit);
            } else if (before.equals(unit)) {
                unchanged++;
            } else {
                updates.add(unit);
            }
        }
    }

    @Override
    protected void checkAll() {
        Map<String, OrgUnit> tree = new HashMap<>(replace() ? Map.of() : stored);
        file.values().forEach(r -> tree.put(r.value().id(), r.value()));
        checkParents(tree);
        checkOneRoot(tree);
        checkCircles(tree);
        if (replace()) {
            stored.keySet().stream().filter(id -> !lines.containsKey(id)).forEach(deletes::add);
            checkRemovedUnitsUnused();
        }
    }

    private void checkParents(Map<String, OrgUnit> tree) {
        for (FileRow<OrgUnit> row : file.values()) {
            String parent = row.value().parentId();
            if (parent != null && !tree.containsKey(parent) && !lines.containsKey(parent)) {
                problems.error(row.line(), "parent_id", parent, "import.ref.parent", parent);
            }
        }
    }

    private void checkOneRoot(Map<String, OrgUnit> tree) {
        List<String> roots = tree.values().stream().filter(OrgUnit::isRoot).map(OrgUnit::id).sorted().toList();
        if (roots.size() > 1) {
            for (FileRow<OrgUnit> row : file.values()) {
                if (row.value().isRoot()) {
                    problems.error(row.line(), "parent_id", null, "import.org.roots", String.join(", ", roots));
                }
            }
        }
    }

    private void checkCircles(Map<String, OrgUnit> tree) {
        for (List<String> circle : Chains.circles(tree.keySet(), id -> tree.containsKey(id) ? tree.get(id).parentId() : null)) {
            String shown = String.join(" → ", circle) + " → " + circle.getFirst();
            for (String id : circle) {
                FileRow<OrgUnit> row = file.get(id);
                if (row != null) {
                    problems.error(row.line(), "parent_id", row.value().parentId(), "import.org.circle", shown);
                }
            }
        }
    }

    private void checkRemovedUnitsUnused() {
        if (deletes.isEmpty()) {
            return;
        }
        Set<String> removed = new HashSet<>(deletes);
        Map<String, Long> segments = new HashMap<>();
        staff.forEachSegment(s -> {
            if (removed.contains(s.unitId())) {
                segments.merge(s.unitId(), 1L, Long::sum);
            }
        });
        Map<String, Long> postings = new HashMap<>();
        recruitment.postings().stream().filter(p -> removed.contains(p.unitId()))
                .forEach(p -> postings.merge(p.unitId(), 1L, Long::sum));
        for (String id : deletes.stream().sorted().toList()) {
            long s = segments.getOrDefault(id, 0L);
            long p = postings.getOrDefault(id, 0L);
            if (s > 0 || p > 0) {
                problems.error(0, "unit_id", id, "import.org.inUse", id, s, p);
            }
        }
    }

    @Override
    protected void write(ImportProgress progress) {
        writer.write(inserts, updates, deletes);
        inserted = inserts.size();
        updated = updates.size();
        deleted = deletes.size();
        progress.written(inserted + updated + deleted);
    }
}
