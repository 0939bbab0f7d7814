package vn.motcua.platform.api.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

/**
 * The caller of a {@code motcua:} console command: the system, acting for the Karaf (JAAS) user who runs the command,
 * so that the audit trail names that user. Karaf's realm and command ACLs decide who may run which command; the
 * application's roles play no part there.
 */
public final class ConsoleCaller {
    private ConsoleCaller() {
    }

    /** The system, named after the JAAS user of the current console session, or "console" when there is none. */
    @SuppressWarnings("removal")
    public static Caller current() {
        String user = null;
        try {
            Subject subject = Subject.getSubject(AccessController.getContext());
            if (subject != null) {
                for (Principal p : subject.getPrincipals()) {
                    // Karaf's org.apache.karaf.jaas.boot.principal.UserPrincipal, matched by name: no Karaf import
                    if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                        user = p.getName();
                    }
                }
            }
        } catch (RuntimeException e) {
            user = null; // no access control context: an unnamed console user
        }
        return of(user);
    }

    /** The system acting for the console user {@code user} (null: unnamed). */
    public static Caller of(String user) {
        String name = user == null || user.isBlank() ? "console" : user.strip();
        return new Caller("karaf:" + name, Caller.Kind.SYSTEM, "Karaf console (" + name + ")", Set.of(), null,
            Set.of(), Set.of(), Set.of(), null, null);
    }
}
