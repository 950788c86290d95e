package dk.tilknyt.org;

/** Published after org units were written, so cached trees are rebuilt. */
public record OrgUnitsChanged() {
}
