/** Karaf console command {@code motcua:audit-verify}. Private package. */
package vn.motcua.audit.rest.shell;
