package vn.motcua.catalogue.impl;

import java.util.Collection;

import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * Data scope of catalogue changes: an agency administrator changes only what its agency subtree handles
 * (seeds 002-10.1, 002-23.2); the provincial operator changes everything. The REST layer has already checked the role;
 * internal callers (imports started by an operator, the demo loader) are not staff and are not limited here.
 */
final class Scope {
    private Scope() {
    }

    /** Every agency must be inside the caller's subtree. */
    static void requireAll(Collection<String> agencyCodes) {
        Caller caller = CallerContext.current();
        if (!limited(caller)) {
            return;
        }
        for (String code : agencyCodes) {
            if (!caller.reachesAgency(code)) {
                throw ForbiddenException.outOfScope("cơ quan " + code, "agency " + code);
            }
        }
    }

    /** At least one of the agencies must be inside the caller's subtree. */
    static void requireAny(Collection<String> agencyCodes) {
        Caller caller = CallerContext.current();
        if (!limited(caller)) {
            return;
        }
        for (String code : agencyCodes) {
            if (caller.reachesAgency(code)) {
                return;
            }
        }
        throw ForbiddenException.outOfScope("thủ tục của cơ quan khác", "a procedure of other agencies");
    }

    private static boolean limited(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF && !caller.has(Role.PROVINCIAL_OPERATOR);
    }
}
