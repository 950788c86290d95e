package dk.tilknyt.conversations.web;

import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.org.OrgTree;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.security.AccessScope;

/** The units a user may choose between, as an indented list in tree order. */
record UnitOptions(List<Option> options) {

    record Option(String id, String label) {
    }

    static UnitOptions of(OrgTree tree, AccessScope scope, String homeUnit) {
        List<Option> options = new ArrayList<>();
        List<OrgUnit> starts = scope.wholeMunicipality() ? tree.roots()
                : tree.find(homeUnit).map(List::of).orElse(List.of());
        for (OrgUnit start : starts) {
            add(tree, start, 0, options);
        }
        return new UnitOptions(options);
    }

    private static void add(OrgTree tree, OrgUnit unit, int depth, List<Option> options) {
        options.add(new Option(unit.id(), "\u2003".repeat(depth) + unit.name()));
        for (OrgUnit child : tree.children(unit.id())) {
            add(tree, child, depth + 1, options);
        }
    }
}
