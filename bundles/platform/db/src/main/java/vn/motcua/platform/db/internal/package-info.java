/**
 * OSGi side of the migrations: the extender that migrates every bundle declaring {@code MotCua-Schema}, and the
 * database health indicator. Private to the bundle; the two components share state through
 * {@link vn.motcua.platform.db.internal.SchemaStatusRegistry}, a service no other bundle can see the type of.
 */
package vn.motcua.platform.db.internal;
