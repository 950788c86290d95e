package dk.tilknyt.org;

/** One org unit: the municipality, a department (forvaltning), an area, a unit or a team. */
public record OrgUnit(String id, String name, String parentId, OrgLevel level) {

    public boolean isRoot() {
        return parentId == null;
    }
}
