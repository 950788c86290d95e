package dk.tilknyt.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.tilknyt.security.UnitHierarchy;

/**
 * The org tree and the job-family catalogue, cached in memory and rebuilt when units change.
 * Also tells the security module which units lie below a scope.
 */
@Service
public class OrgDirectory implements UnitHierarchy {

    private final JdbcClient jdbc;
    private final AtomicReference<OrgTree> tree = new AtomicReference<>();
    private final AtomicReference<Map<String, JobFamily>> jobFamilies = new AtomicReference<>();

    OrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OrgTree tree() {
        OrgTree current = tree.get();
        if (current == null) {
            current = load();
            tree.set(current);
        }
        return current;
    }

    public Optional<OrgUnit> find(String unitId) {
        return tree().find(unitId);
    }

    /** The job-family catalogue, ordered for display. */
    public List<JobFamily> jobFamilies() {
        return jobFamilyMap().values().stream()
                .sorted(java.util.Comparator.comparingInt(JobFamily::sortOrder).thenComparing(JobFamily::code))
                .toList();
    }

    public Optional<JobFamily> jobFamily(String code) {
        return Optional.ofNullable(code == null ? null : jobFamilyMap().get(code));
    }

    public boolean isJobFamily(String code) {
        return code != null && jobFamilyMap().containsKey(code);
    }

    private Map<String, JobFamily> jobFamilyMap() {
        Map<String, JobFamily> current = jobFamilies.get();
        if (current == null) {
            current = jdbc.sql("select code, name_da, name_en, sort_order from job_family")
                    .query((rs, n) -> new JobFamily(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list().stream()
                    .collect(Collectors.toUnmodifiableMap(JobFamily::code, Function.identity()));
            jobFamilies.set(current);
        }
        return current;
    }

    @Override
    public Set<String> subtree(String unitId) {
        return tree().subtree(unitId);
    }

    @Override
    public boolean exists(String unitId) {
        return tree().contains(unitId);
    }

    @Override
    public String nameOf(String unitId) {
        return tree().name(unitId);
    }

    @Override
    public List<UnitOption> outline() {
        OrgTree current = tree();
        List<UnitOption> options = new java.util.ArrayList<>(current.size());
        for (OrgUnit root : current.roots()) {
            addDepthFirst(current, root, 0, options);
        }
        return options;
    }

    private static void addDepthFirst(OrgTree tree, OrgUnit unit, int depth, List<UnitOption> options) {
        options.add(new UnitOption(unit.id(), unit.name(), depth));
        for (OrgUnit child : tree.children(unit.id())) {
            addDepthFirst(tree, child, depth + 1, options);
        }
    }

    @EventListener
    void on(OrgUnitsChanged event) {
        tree.set(null);
        jobFamilies.set(null);
    }

    private OrgTree load() {
        return new OrgTree(jdbc.sql("select id, name, parent_id, level from org_unit")
                .query((rs, n) -> new OrgUnit(rs.getString(1), rs.getString(2), rs.getString(3),
                        OrgLevel.fromCode(rs.getString(4))))
                .list());
    }
}
