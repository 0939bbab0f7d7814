package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.Representative.Capacity;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * Organisation accounts with several authorised people: the organisation manages them, a citizen acts for it in a
 * session whose caller is the organisation with the citizen recorded, and removal ends that acting at once.
 */
public class RepresentativeTest extends IdentityTestSupport {
    static final String PERSON_2 = "001099054321";
    /** TestIdentity.START is 08:00 on 1 July 2025 in Vietnam. */
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    static Account activeOrganisation(String taxCode) {
        PendingVerification p = id.node.applicants.register(new ApplicantRegistration(AccountKind.ORGANISATION, null,
            taxCode, "Công ty TNHH An Bình", "ketoan@anbinh.vn", null, PASSWORD, VerificationChannel.EMAIL));
        return id.node.applicants.verify(p.verificationId(), id.email.lastCode());
    }

    private static RepresentativeInput authorised(String idNumber) {
        return new RepresentativeInput(idNumber, Capacity.AUTHORISED, null, null, "Giấy ủy quyền số 12/2025/UQ");
    }

    private static Session organisationSession() {
        return login(TAX_CODE, PASSWORD);
    }

    // clauses: 003-16.1b-p3#1
    @Test
    public void anAuthorisedCitizenActsForTheOrganisationWhichStaysTheApplicant() {
        Account org = activeOrganisation(TAX_CODE);
        Account person = activeCitizen(CITIZEN_ID);
        actAs(organisationSession());
        Representative r = id.node.representatives.add(new RepresentativeInput(" " + CITIZEN_ID + " ",
            Capacity.LEGAL_REPRESENTATIVE, null, null, null));
        assertEquals(person.id(), r.personId());
        assertEquals("Nguyễn Văn An", r.personName());
        assertEquals(org.id(), r.organisationId());
        assertEquals(TAX_CODE, r.organisationTaxCode());
        assertEquals(List.of(r.id()), id.node.representatives.list().stream().map(Representative::id).toList());

        Session own = login(CITIZEN_ID, PASSWORD);
        actAs(own);
        assertEquals(List.of(org.id()), id.node.representatives.organisations().stream()
            .map(Representative::organisationId).toList());
        Session acting = id.node.auth.actAs(own.token(), "0101234567001", ADDRESS); // 13 digits name it too
        assertEquals(org.id(), acting.account().id());
        assertEquals(own.expiresAt(), acting.expiresAt());
        Caller c = authenticate(acting);
        assertEquals("the organisation is the applicant", org.id(), c.accountId());
        assertEquals(Caller.Kind.APPLICANT, c.kind());
        assertEquals(Set.of(Role.APPLICANT), c.roles());
        assertEquals("the citizen is who acts", person.id(), c.actingPerson().accountId());
        assertEquals(person.id(), c.personId());
        assertEquals("LEGAL_REPRESENTATIVE", c.actingPerson().capacity());
        assertEquals(r.id(), c.actingPerson().authorisationId());
        assertEquals(org.id(), id.node.auth.me(acting.token()).id());
        assertEquals("by id as well", org.id(), id.node.auth.actAs(own.token(), org.id(), ADDRESS).account().id());
        assertEquals(2, id.audit.of("identity.act-as", AuditRecord.Outcome.SUCCESS).size());

        // acting gives the organisation's data, not its powers over its own account
        CallerContext.set(c);
        expect(ForbiddenException.class, 403, "organisation-only", () -> id.node.representatives.list());
        expect(ForbiddenException.class, 403, "organisation-only",
            () -> id.node.representatives.add(authorised(PERSON_2)));
        expect(ForbiddenException.class, 403, "acting-session", () -> id.node.auth.changePassword(acting.token(),
            new PasswordChange(PASSWORD, "Matkhaumoi2026"), ADDRESS));
        expect(ForbiddenException.class, 403, "not-representative",
            () -> id.node.auth.actAs(acting.token(), TAX_CODE, ADDRESS));
        assertEquals(List.of(), id.node.representatives.organisations());
        id.node.auth.logout(acting.token());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(acting));
        assertEquals("the citizen's own session goes on", person.id(), authenticate(own).accountId());
    }

    @Test
    public void removalRevokesTheActingSessionsAtOnceOnEveryNode() {
        activeOrganisation(TAX_CODE);
        activeCitizen(CITIZEN_ID);
        actAs(organisationSession());
        Representative r = id.node.representatives.add(authorised(CITIZEN_ID));
        Session own = login(CITIZEN_ID, PASSWORD);
        Session acting = id.node.auth.actAs(own.token(), TAX_CODE, ADDRESS);
        TestIdentity.Node other = id.newNode();
        try {
            assertEquals(r.id(), other.auth.authenticate(acting.token(), ADDRESS).actingPerson().authorisationId());
            actAs(organisationSession());
            id.node.representatives.remove(r.id());
            expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(acting));
            expect(UnauthorizedException.class, 401, "revoked-token",
                () -> other.auth.authenticate(acting.token(), ADDRESS));
            assertEquals("authorisation-removed", id.db.queryRow("select revoke_reason from identity_session "
                + "where representative_id = ?", r.id()).get(0));
            expect(ForbiddenException.class, 403, "not-representative",
                () -> id.node.auth.actAs(own.token(), TAX_CODE, ADDRESS));
            assertEquals(List.of(), id.node.representatives.list());
            expect(NotFoundException.class, 404, "not-found", () -> id.node.representatives.remove(r.id()));
            assertTrue(id.audit.of("identity.representative.remove").get(0).record().detail()
                .contains("1 acting sessions revoked"));
            // authorised again later: a new authorisation, the removed one stays on record until the clean-up
            Representative again = id.node.representatives.add(authorised(CITIZEN_ID));
            assertFalse(again.id().equals(r.id()));
            assertEquals(2, id.db.count("identity_representative"));
            id.clock.advance(Duration.ofDays(91));
            assertEquals(1, id.node.cleanup.run(false).representatives());
            assertEquals(again.id(), id.node.representatives.list().get(0).id());
        } finally {
            other.close();
        }
    }

    @Test
    public void theCitizensOwnRevocationsEndItsActingToo() {
        activeOrganisation(TAX_CODE);
        activeCitizen(CITIZEN_ID);
        actAs(organisationSession());
        id.node.representatives.add(authorised(CITIZEN_ID));
        Session own = login(CITIZEN_ID, PASSWORD);
        Session acting = id.node.auth.actAs(own.token(), TAX_CODE, ADDRESS);
        Session changed = id.node.auth.changePassword(own.token(), new PasswordChange(PASSWORD, "Matkhaumoi2026"),
            ADDRESS);
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(acting));
        Session again = id.node.auth.actAs(changed.token(), TAX_CODE, ADDRESS);
        CallerContext.set(vn.motcua.platform.api.security.ConsoleCaller.of("ops"));
        assertEquals(2, id.node.admin.revokeSessions(CITIZEN_ID));
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(again));
    }

    @Test
    public void validityDatesBoundWhenTheCitizenMayAct() {
        activeOrganisation(TAX_CODE);
        activeCitizen(CITIZEN_ID);
        actAs(organisationSession());
        id.node.representatives.add(new RepresentativeInput(CITIZEN_ID, Capacity.AUTHORISED, TODAY.plusDays(1),
            TODAY.plusDays(1), null));
        Session own = login(CITIZEN_ID, PASSWORD);
        actAs(own);
        assertEquals("not in force yet", List.of(), id.node.representatives.organisations());
        expect(ForbiddenException.class, 403, "not-representative",
            () -> id.node.auth.actAs(own.token(), TAX_CODE, ADDRESS));

        id.clock.advance(Duration.ofDays(1));
        Session own2 = login(CITIZEN_ID, PASSWORD);
        Session acting = id.node.auth.actAs(own2.token(), TAX_CODE, ADDRESS);
        assertEquals("ends with the authorisation's last day, Vietnam time",
            Instant.parse("2025-07-02T17:00:00Z"), acting.expiresAt());
        id.clock.advance(Duration.ofHours(10)); // 2 July 18:00 in Vietnam: still that day
        assertEquals(Set.of(Role.APPLICANT), authenticate(acting).roles());
        id.clock.advance(Duration.ofHours(6)); // 3 July 00:00
        expect(UnauthorizedException.class, 401, "expired-token", () -> authenticate(acting));
    }

    @Test
    public void onlyTheOrganisationManagesItsAuthorisedPeople() {
        activeOrganisation(TAX_CODE);
        Account other = activeOrganisation("0109999999");
        activeCitizen(CITIZEN_ID);
        Session citizen = login(CITIZEN_ID, PASSWORD);
        actAs(citizen);
        expect(ForbiddenException.class, 403, "organisation-only", () -> id.node.representatives.list());
        expect(ForbiddenException.class, 403, "organisation-only",
            () -> id.node.representatives.add(authorised(CITIZEN_ID)));
        assertEquals(2, id.audit.of("identity.representative.list", AuditRecord.Outcome.DENIED).size()
            + id.audit.of("identity.representative.add", AuditRecord.Outcome.DENIED).size());
        CallerContext.set(Caller.anonymous(ADDRESS));
        expect(ForbiddenException.class, 403, "organisation-only", () -> id.node.representatives.list());
        assertEquals(List.of(), id.node.representatives.organisations());

        // another organisation's authorisation is unknown to this one
        actAs(login("0109999999", PASSWORD));
        Representative theirs = id.node.representatives.add(authorised(CITIZEN_ID));
        assertEquals(other.id(), theirs.organisationId());
        actAs(organisationSession());
        expect(NotFoundException.class, 404, "not-found", () -> id.node.representatives.remove(theirs.id()));
        assertEquals(List.of(), id.node.representatives.list());
        expect(ForbiddenException.class, 403, "not-representative",
            () -> id.node.auth.actAs(citizen.token(), TAX_CODE, ADDRESS));
        expect(ForbiddenException.class, 403, "not-representative",
            () -> id.node.auth.actAs(citizen.token(), "0100000000", ADDRESS));
        RecordingAuditLog.Entry denied = id.audit.of("identity.act-as", AuditRecord.Outcome.DENIED).get(0);
        assertFalse("written after the rollback, so it stays", denied.inTransaction());
        // an organisation cannot act for another one, nor for itself
        expect(ForbiddenException.class, 403, "not-representative",
            () -> id.node.auth.actAs(organisationSession().token(), "0109999999", ADDRESS));
    }

    @Test
    public void inputIsCheckedFieldByField() {
        activeOrganisation(TAX_CODE);
        activeCitizen(CITIZEN_ID);
        actAs(organisationSession());
        ValidationException bad = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.representatives.add(new RepresentativeInput("12345", null, TODAY.plusDays(5), TODAY,
                "x".repeat(1001))));
        assertEquals(List.of("idNumber", "capacity", "validUntil", "scopeNote"), bad.errors().stream()
            .map(vn.motcua.platform.api.error.FieldError::field).toList());
        assertEquals("in-the-past", expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.representatives.add(new RepresentativeInput(CITIZEN_ID, Capacity.AUTHORISED, null,
                TODAY.minusDays(1), null))).errors().get(0).code());
        assertEquals("no-account", expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.representatives.add(authorised(PERSON_2))).errors().get(0).code());
        id.node.applicants.register(citizen(PERSON_2)); // registered, never verified
        assertEquals("no-account", expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.representatives.add(authorised(PERSON_2))).errors().get(0).code());
        id.node.representatives.add(authorised(CITIZEN_ID));
        expect(ConflictException.class, 409, "duplicate-representative",
            () -> id.node.representatives.add(authorised(CITIZEN_ID)));
        expect(ValidationException.class, 400, "validation-failed", () -> id.node.representatives.add(null));
        expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.representatives.remove("x".repeat(37)));
        expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.actAs(login(CITIZEN_ID, PASSWORD).token(), " ", ADDRESS));
        assertEquals(1, id.db.count("identity_representative"));
    }
}
