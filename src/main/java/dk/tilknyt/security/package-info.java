/**
 * Users, roles, org scopes and the audit log. Every module asks {@link dk.tilknyt.security.AccessGuard}
 * before it shows or changes anything; the org and people modules answer its questions through
 * {@link dk.tilknyt.security.UnitHierarchy} and {@link dk.tilknyt.security.PersonPlacement}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.tilknyt.security;
