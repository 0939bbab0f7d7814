/**
 * What the {@code motcua:} console commands of every capability share: one way to tell the operator about an error
 * they can fix. Free of the Karaf shell API, so this bundle needs nothing of the console; a command class adds
 * {@code implements org.apache.karaf.shell.api.action.Action} itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.motcua.platform.api.shell;
