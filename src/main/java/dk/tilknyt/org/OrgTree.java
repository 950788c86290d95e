package dk.tilknyt.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the org tree with the look-ups every scope check needs. */
public final class OrgTree {

    private static final Comparator<OrgUnit> BY_NAME = Comparator.comparing(OrgUnit::name).thenComparing(OrgUnit::id);

    private final Map<String, OrgUnit> byId;
    private final Map<String, List<OrgUnit>> children;
    private final Map<String, Set<String>> subtrees = new java.util.concurrent.ConcurrentHashMap<>();

    public OrgTree(Collection<OrgUnit> units) {
        Map<String, OrgUnit> ids = new HashMap<>();
        Map<String, List<OrgUnit>> kids = new HashMap<>();
        for (OrgUnit unit : units) {
            ids.put(unit.id(), unit);
            if (unit.parentId() != null) {
                kids.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        kids.values().forEach(list -> list.sort(BY_NAME));
        this.byId = Map.copyOf(ids);
        this.children = Map.copyOf(kids);
    }

    public Optional<OrgUnit> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public Collection<OrgUnit> units() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public List<OrgUnit> roots() {
        return byId.values().stream().filter(OrgUnit::isRoot).sorted(BY_NAME).toList();
    }

    public List<OrgUnit> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit below it; empty for an unknown id. */
    public Set<String> subtree(String id) {
        if (!contains(id)) {
            return Set.of();
        }
        return subtrees.computeIfAbsent(id, this::collectSubtree);
    }

    private Set<String> collectSubtree(String id) {
        Set<String> result = new LinkedHashSet<>();
        var queue = new ArrayDeque<String>();
        queue.add(id);
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (result.add(next)) {
                children(next).forEach(child -> queue.add(child.id()));
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Whether {@code id} is {@code ancestorId} or lies below it. */
    public boolean isWithin(String id, String ancestorId) {
        for (OrgUnit unit = byId.get(id); unit != null; unit = byId.get(unit.parentId())) {
            if (unit.id().equals(ancestorId)) {
                return true;
            }
            if (unit.parentId() == null) {
                break;
            }
        }
        return false;
    }

    /** From the root down to the unit itself (breadcrumbs). */
    public List<OrgUnit> path(String id) {
        var path = new ArrayList<OrgUnit>();
        for (OrgUnit unit = byId.get(id); unit != null && path.size() <= byId.size(); unit = byId.get(unit.parentId())) {
            path.add(unit);
            if (unit.parentId() == null) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    public String name(String id) {
        OrgUnit unit = byId.get(id);
        return unit == null ? id : unit.name();
    }
}
