package vn.motcua.platform.db.internal;

import java.time.Instant;

/**
 * Where one module's schema stands, for the health report.
 *
 * @param module  module name from {@code MotCua-Schema}
 * @param state   see {@link State}
 * @param version highest applied version as far as known (0 = none or not known yet)
 * @param bundle  {@code symbolicName/version} of the owning bundle
 * @param error   failure message when {@link State#FAILED}, else empty
 * @param since   when the state was entered
 */
public record SchemaStatus(String module, State state, int version, String bundle, String error, Instant since) {

    public enum State {
        /** Waiting for or running its migrations. */
        PENDING,
        /** Up to date; the {@code MigratedSchema} service is registered. */
        MIGRATED,
        /** Migration failed; nothing registered, the module's components stay unsatisfied. */
        FAILED
    }

    public SchemaStatus {
        error = error == null ? "" : error;
    }
}
