package vn.motcua.dossier.impl;

import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/**
 * Who may see and act on a dossier: its applicant; staff whose agency subtree reaches the dossier's agency and whose
 * assignment (sectors or procedures, when they have any) covers its procedure; province-wide supervisors for reading.
 * A dossier out of reach is answered 404, so that codes of other people's dossiers cannot be probed.
 */
final class Scope {
    private Scope() {
    }

    static boolean isApplicantOf(Caller caller, DossierEntity d) {
        return caller.kind() == Caller.Kind.APPLICANT && caller.accountId() != null
            && caller.accountId().equals(d.getApplicantAccountId());
    }

    /** Staff reach: agency subtree and assignment. */
    static boolean staffReaches(Caller caller, String agencyCode, String sectorCode, String procedureCode) {
        if (caller.kind() != Caller.Kind.STAFF) {
            return false;
        }
        if (caller.hasAny(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)) {
            return true;
        }
        if (!caller.reachesAgency(agencyCode)) {
            return false;
        }
        boolean unassigned = caller.sectors().isEmpty() && caller.procedures().isEmpty();
        return unassigned || caller.sectors().contains(sectorCode) || caller.procedures().contains(procedureCode);
    }

    static void requireVisible(Caller caller, DossierEntity d) {
        if (!isApplicantOf(caller, d) && !staffReaches(caller, d.getAgencyCode(), d.getSectorCode(),
            d.getProcedureCode())) {
            throw notFound(d.getCode() == null ? d.getId() : d.getCode());
        }
    }

    static void requireApplicant(Caller caller, DossierEntity d) {
        if (!isApplicantOf(caller, d)) {
            throw notFound(d.getCode() == null ? d.getId() : d.getCode());
        }
    }

    /**
     * One-stop officers act at intake, within reach. Staff who may see the dossier but not act on it get 403; anyone
     * else 404. {@code code} null: a dossier being created.
     */
    static void requireOfficer(Caller caller, String agencyCode, String sectorCode, String procedureCode,
                               String code) {
        boolean reaches = staffReaches(caller, agencyCode, sectorCode, procedureCode);
        if (caller.has(Role.ONE_STOP_OFFICER) && reaches) {
            return;
        }
        if (reaches || code == null) {
            throw ForbiddenException.outOfScope("tiếp nhận hồ sơ của thủ tục, cơ quan này",
                "intake of this procedure at this agency");
        }
        throw notFound(code);
    }

    /**
     * Staff handling the dossier (a one-stop officer or specialist within reach), or the system itself (the payments
     * capability confirming a payment). Staff who may see it but not act get 403; anyone else 404.
     */
    static void requireHandler(Caller caller, DossierEntity d) {
        if (caller.kind() == Caller.Kind.SYSTEM) {
            return;
        }
        boolean reaches = staffReaches(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode());
        if (reaches && caller.hasAny(Role.ONE_STOP_OFFICER, Role.SPECIALIST)) {
            return;
        }
        if (reaches) {
            throw ForbiddenException.outOfScope("xử lý hồ sơ này", "handling this dossier");
        }
        throw notFound(d.getCode());
    }

    static NotFoundException notFound(String key) {
        return new NotFoundException("hồ sơ", "Dossier", key);
    }
}
