/**
 * Forward-only, versioned schema migrations that each bundle ships for its own tables.
 *
 * <p>Why our own mechanism rather than Liquibase or Flyway: both discover scripts and extensions through
 * {@code ServiceLoader} and class-path scanning, which does not see into other bundles, and we want every
 * hot-deployable bundle to own and upgrade its schema when it is (re)started. The classes here are plain Java so
 * that they are unit-testable and usable from other modules' tests; the OSGi side lives in {@code .internal}.
 *
 * <p>Private to the bundle: nothing here is exported (the shared run-time helpers are in {@code .api}). Other bundles only declare {@code MotCua-Schema: <module>},
 * ship {@code db/migration/<module>/V<n>__<description>.sql} and reference
 * {@link vn.motcua.platform.api.db.MigratedSchema}.
 */
package vn.motcua.platform.db;
