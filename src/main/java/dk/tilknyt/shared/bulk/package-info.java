/**
 * Writing many rows inside the caller's transaction: PostgreSQL {@code COPY} where the database is
 * PostgreSQL, JDBC batches elsewhere (H2). Used by the modules' writers for imports.
 */
package dk.tilknyt.shared.bulk;
