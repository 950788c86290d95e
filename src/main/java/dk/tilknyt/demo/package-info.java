/**
 * The demo municipality: {@link dk.tilknyt.demo.MunicipalityGenerator} writes an invented, realistic
 * municipality (Solby Kommune) in the import format, at any scale; in demo mode an empty database is
 * loaded with it through the real import path at first start, with a demo user for every role and the
 * rosters of one care home and its area's pool (through {@link dk.tilknyt.roster.RosterSetup}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "security", "org", "people", "absence", "recruitment", "imports", "roster"})
package dk.tilknyt.demo;
