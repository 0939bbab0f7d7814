/**
 * Hồ sơ: intake and life-cycle of dossiers (DOMAIN §5–9, §12). DTOs and services only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package vn.motcua.dossier.api;
