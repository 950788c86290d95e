package dk.tilknyt.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.tilknyt.shared.AfterCommit;
import dk.tilknyt.shared.bulk.BulkWriter;

/**
 * Writes org units in the caller's transaction, in an order the tree's foreign key accepts: new units
 * parents first, then changes, then removals leaves first. Callers check the resulting tree beforehand
 * (one root, no cycles, no removed unit still in use). Publishes {@link OrgUnitsChanged} after commit.
 */
@Service
public class OrgUnitWriter {

    private static final String TABLE = "org_unit";
    private static final List<String> KEY = List.of("id");
    private static final List<String> VALUES = List.of("name", "parent_id", "level");

    private final BulkWriter bulk;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OrgUnitWriter(BulkWriter bulk, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The units as stored right now, read past {@link OrgDirectory}'s cache: what a writer's caller
     * compares its changes with, inside its own transaction.
     */
    public List<OrgUnit> stored() {
        return jdbc.sql("select id, name, parent_id, level from org_unit")
                .query((rs, n) -> new OrgUnit(rs.getString(1), rs.getString(2), rs.getString(3),
                        OrgLevel.fromCode(rs.getString(4))))
                .list();
    }

    public void write(Collection<OrgUnit> inserted, Collection<OrgUnit> updated, Collection<String> deleted) {
        bulk.insert(TABLE, concat(KEY, VALUES), parentsFirst(inserted).stream().map(OrgUnitWriter::row).toList());
        bulk.update(TABLE, KEY, VALUES, updated.stream().map(OrgUnitWriter::row).toList());
        bulk.delete(TABLE, KEY, leavesFirst(deleted).stream().map(id -> new Object[] {id}).toList());
        if (!inserted.isEmpty() || !updated.isEmpty() || !deleted.isEmpty()) {
            AfterCommit.publish(events, new OrgUnitsChanged());
        }
    }

    private static Object[] row(OrgUnit unit) {
        return new Object[] {unit.id(), unit.name(), unit.parentId(), unit.level().code()};
    }

    /** New units whose parent is also new come after that parent. */
    static List<OrgUnit> parentsFirst(Collection<OrgUnit> units) {
        Map<String, List<OrgUnit>> childrenOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        var ready = new ArrayDeque<OrgUnit>();
        for (OrgUnit unit : units) {
            if (unit.parentId() != null && ids.contains(unit.parentId())) {
                childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            } else {
                ready.add(unit);
            }
        }
        List<OrgUnit> ordered = new ArrayList<>(units.size());
        while (!ready.isEmpty()) {
            OrgUnit next = ready.poll();
            ordered.add(next);
            ready.addAll(childrenOf.getOrDefault(next.id(), List.of()));
        }
        return ordered;
    }

    /** Deepest stored units first, so no removed unit is still a parent when it goes. */
    private List<String> leavesFirst(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OrgTree tree = new OrgTree(stored());
        return ids.stream().sorted(Comparator.comparingInt((String id) -> tree.path(id).size()).reversed()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
