/**
 * What JPA bundles share at run time: transactional writes that answer lost races with 409, and jobs run by one node at a time.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.motcua.platform.db.api;
