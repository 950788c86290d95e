/**
 * The import of import-format.md: CSV and XLSX files of org units, employments, absences, postings and
 * applications, checked as a whole (all or nothing, every error listed) and written through the owning
 * modules' writers in one transaction. {@link dk.tilknyt.imports.Importer} is the facade; it needs no web
 * request or signed-in user, so the demo loader can use it too.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "security", "org", "people", "absence", "recruitment"})
package dk.tilknyt.imports;
