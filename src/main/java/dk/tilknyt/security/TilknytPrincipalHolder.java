package dk.tilknyt.security;

/** Implemented by every authenticated principal object Tilknyt puts in the security context. */
public interface TilknytPrincipalHolder {

    TilknytPrincipal tilknytPrincipal();
}
