package vn.motcua.platform.api.security;

import java.util.Set;

/**
 * Who is calling, as established by authentication for one request: the account, its roles and the scope its rights
 * reach (agency codes of its agency subtree, sectors and procedures assigned; empty sets mean "not limited by that").
 *
 * @param passwordChangeOnly the session may only change its temporary password (first login, reset): it has no roles,
 *                           and the REST layer lets it call only operations marked
 *                           {@link Access#beforePasswordChange()} (change password, {@code /me}, logout)
 * @param actingPerson       set when a person acts for an organisation: {@code accountId} is then the organisation's
 *                           account (the applicant, whose data the caller reaches) and this the citizen who does it
 *                           (who submits, signs, is named on the audit trail); null otherwise
 */
public record Caller(String accountId, Kind kind, String displayName, Set<Role> roles, String agencyCode,
                     Set<String> agencyScope, Set<String> sectors, Set<String> procedures, String sessionId,
                     String clientAddress, boolean passwordChangeOnly, ActingPerson actingPerson) {

    public enum Kind { ANONYMOUS, APPLICANT, STAFF, SYSTEM }

    /**
     * The citizen acting for an organisation account: người đại diện theo pháp luật or người được ủy quyền.
     *
     * @param accountId       the citizen's own account
     * @param capacity        e.g. {@code LEGAL_REPRESENTATIVE}, {@code AUTHORISED}
     * @param authorisationId the authorisation the acting rests on (its removal ends the acting)
     */
    public record ActingPerson(String accountId, String displayName, String capacity, String authorisationId) {
    }

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        agencyScope = agencyScope == null ? Set.of() : Set.copyOf(agencyScope);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
    }

    /** A caller with a full session (the common case, and the form of version 1.0 of this record). */
    public Caller(String accountId, Kind kind, String displayName, Set<Role> roles, String agencyCode,
                  Set<String> agencyScope, Set<String> sectors, Set<String> procedures, String sessionId,
                  String clientAddress) {
        this(accountId, kind, displayName, roles, agencyCode, agencyScope, sectors, procedures, sessionId,
            clientAddress, false, null);
    }

    /** The same caller in a session that may only change its temporary password (no roles, no scope). */
    public Caller limitedToPasswordChange() {
        return new Caller(accountId, kind, displayName, Set.of(), null, Set.of(), Set.of(), Set.of(), sessionId,
            clientAddress, true, actingPerson);
    }

    /** The same (organisation) caller, acted for by {@code person}. */
    public Caller actedBy(ActingPerson person) {
        return new Caller(accountId, kind, displayName, roles, agencyCode, agencyScope, sectors, procedures,
            sessionId, clientAddress, passwordChangeOnly, person);
    }

    /**
     * The natural person doing the work: the citizen acting for an organisation, else the account itself. Dossier
     * code records {@link #accountId()} as the applicant and this as the one who submitted.
     */
    public String personId() {
        return actingPerson == null ? accountId : actingPerson.accountId();
    }

    public static Caller anonymous(String clientAddress) {
        return new Caller(null, Kind.ANONYMOUS, "anonymous", Set.of(), null, Set.of(), Set.of(), Set.of(), null,
            clientAddress);
    }

    /** Background work of the system itself (scheduled jobs, demo loader), recorded as such in the audit trail. */
    public static Caller system(String what) {
        return new Caller("system:" + what, Kind.SYSTEM, what, Set.of(), null, Set.of(), Set.of(), Set.of(), null,
            null);
    }

    public boolean authenticated() {
        return kind != Kind.ANONYMOUS;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an agency lies inside this caller's agency subtree (province-wide roles reach every agency). */
    public boolean reachesAgency(String code) {
        return hasAny(Role.PROVINCIAL_OPERATOR, Role.SUPERVISOR) || (code != null && agencyScope.contains(code));
    }
}
