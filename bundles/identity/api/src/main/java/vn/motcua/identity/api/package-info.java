/**
 * Identity: applicant and staff accounts, verification, login sessions and positions (agency + roles + sectors and
 * procedures assigned). DTOs and services only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.motcua.identity.api;
