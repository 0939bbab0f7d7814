/**
 * Identity commands of the operator's console ({@code motcua:operator-bootstrap}, {@code signing-key-rotate},
 * {@code account-unlock}, {@code sessions-revoke}, {@code identity-cleanup}): Karaf admits the console user (JAAS)
 * and requires the {@code admin} role for them ({@code etc/org.apache.karaf.command.acl.motcua.cfg}). Private package.
 */
package vn.motcua.identity.shell;
