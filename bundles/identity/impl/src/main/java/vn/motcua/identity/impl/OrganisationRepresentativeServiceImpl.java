package vn.motcua.identity.impl;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.OrganisationRepresentativeService;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.RepresentativeEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Người đại diện, người được ủy quyền of organisation accounts. Only the organisation itself, in a session opened with
 * its tax code and password, adds, lists and removes them: a person acting for it cannot hand its rights on. The
 * person must have a verified citizen account. Removing an authorisation revokes, in the same transaction, every
 * session in which the person acts for the organisation, so it takes effect on the next request on every node.
 */
@Component(service = OrganisationRepresentativeService.class)
public class OrganisationRepresentativeServiceImpl implements OrganisationRepresentativeService {
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationRepresentativeServiceImpl.class);
    /** More than any real organisation needs; bounds what one account can create. */
    static final int MAX_PER_ORGANISATION = 200;
    static final int MAX_SCOPE_NOTE = 1000;

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    @Override
    public List<Representative> list() {
        Caller caller = CallerContext.current();
        return audited("identity.representative.list", caller.accountId(), () -> {
            requireOrganisation(caller);
            return jpa.txExpr(TransactionType.Supports, em -> {
                AccountEntity org = ownOrganisation(em, caller);
                List<RepresentativeEntity> rows = em.createQuery("SELECT r FROM RepresentativeEntity r "
                        + "WHERE r.organisationId = :org AND r.inForce = :inForce", RepresentativeEntity.class)
                    .setParameter("org", org.getId()).setParameter("inForce", RepresentativeEntity.IN_FORCE)
                    .getResultList();
                Map<String, AccountEntity> people = accounts(em, rows.stream().map(RepresentativeEntity::getPersonId)
                    .toList());
                return rows.stream().map(r -> Representatives.toDto(r, org, people.get(r.getPersonId())))
                    .sorted(Comparator.comparing(Representative::personName).thenComparing(Representative::id))
                    .toList();
            });
        });
    }

    @Override
    public Representative add(RepresentativeInput input) {
        Caller caller = CallerContext.current();
        Instant now = clock.instant();
        Checks c = new Checks();
        if (input == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        String idNumber = Logins.normalise(input.idNumber());
        Logins.checkCitizenId(c, "idNumber", idNumber);
        c.required("capacity", input.capacity());
        LocalDate from = input.validFrom();
        LocalDate until = input.validUntil();
        if (from != null && until != null && until.isBefore(from)) {
            c.add("validUntil", "before-valid-from", "Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi",
                "validUntil must not be before validFrom");
        } else if (until != null && until.isBefore(Representatives.today(now))) {
            c.add("validUntil", "in-the-past", "Ngày hết hiệu lực đã qua", "validUntil is in the past");
        }
        String note = Support.trim(input.scopeNote());
        if (note != null) {
            c.maxLength("scopeNote", note, MAX_SCOPE_NOTE);
        }
        c.throwIfAny();
        return audited("identity.representative.add", caller.accountId(), () -> {
            requireOrganisation(caller);
            return JpaTransactions.write(jpa, em -> {
                AccountEntity org = ownOrganisation(em, caller);
                AccountEntity person = Accounts.byLogin(em, idNumber);
                if (person == null || !AccountStatus.ACTIVE.name().equals(person.getStatus())) {
                    Checks missing = new Checks();
                    missing.add("idNumber", "no-account", "Chưa có tài khoản công dân đã xác thực với số căn cước "
                        + "này; người được ủy quyền cần đăng ký và xác thực tài khoản trước",
                        "no verified citizen account has this ID number; the person must register first");
                    missing.throwIfAny();
                }
                long count = em.createQuery("SELECT COUNT(r) FROM RepresentativeEntity r WHERE r.organisationId = :org "
                        + "AND r.inForce = :inForce", Long.class).setParameter("org", org.getId())
                    .setParameter("inForce", RepresentativeEntity.IN_FORCE).getSingleResult();
                if (count >= MAX_PER_ORGANISATION) {
                    throw new ConflictException("too-many-representatives", "Tổ chức đã có " + count
                        + " người được ủy quyền, tối đa " + MAX_PER_ORGANISATION, "The organisation already has "
                        + count + " authorised people, at most " + MAX_PER_ORGANISATION);
                }
                if (inForce(em, org.getId(), person.getId()) != null) {
                    throw duplicate(idNumber);
                }
                RepresentativeEntity r = new RepresentativeEntity();
                r.setId(Support.newId());
                r.setOrganisationId(org.getId());
                r.setPersonId(person.getId());
                r.setCapacity(input.capacity().name());
                r.setValidFrom(Representatives.date(from));
                r.setValidUntil(Representatives.date(until));
                r.setScopeNote(note);
                r.setCreatedAt(Support.ts(now));
                r.setCreatedBy(caller.accountId());
                r.setInForce(RepresentativeEntity.IN_FORCE);
                em.persist(r);
                em.flush();
                Audit.record(audit, AuditRecord.success("identity.representative.add", "representative", r.getId(),
                    person.getDisplayName() + " (" + person.getId() + ") " + r.getCapacity() + " of "
                        + org.getLogin() + (from == null ? "" : " from " + from)
                        + (until == null ? "" : " until " + until)).personal());
                LOG.info("Organisation {} authorised account {} as {}", org.getId(), person.getId(), r.getCapacity());
                return Representatives.toDto(r, org, person);
            }, () -> duplicate(idNumber));
        });
    }

    @Override
    public void remove(String representativeId) {
        Caller caller = CallerContext.current();
        Checks c = new Checks();
        if (c.required("id", representativeId)) {
            c.maxLength("id", representativeId, 36);
        }
        c.throwIfAny();
        Instant now = clock.instant();
        audited("identity.representative.remove", representativeId, () -> {
            requireOrganisation(caller);
            return JpaTransactions.write(jpa, em -> {
                ownOrganisation(em, caller);
                RepresentativeEntity r = Representatives.find(em, representativeId);
                // another organisation's authorisation is as unknown as a missing one
                if (r == null || !r.getOrganisationId().equals(caller.accountId())
                    || !RepresentativeEntity.IN_FORCE.equals(r.getInForce())) {
                    throw new NotFoundException("ủy quyền", "Authorisation", representativeId);
                }
                r.setInForce(null);
                r.setRemovedAt(Support.ts(now));
                r.setRemovedBy(caller.accountId());
                em.flush();
                int revoked = Sessions.revokeActing(em, r.getId(), Sessions.AUTHORISATION_REMOVED, now);
                Audit.record(audit, AuditRecord.success("identity.representative.remove", "representative",
                    r.getId(), "account " + r.getPersonId() + " no longer " + r.getCapacity() + "; " + revoked
                        + " acting sessions revoked").personal());
                return null;
            });
        });
    }

    @Override
    public List<Representative> organisations() {
        Caller caller = CallerContext.current();
        if (caller.kind() != Caller.Kind.APPLICANT || caller.actingPerson() != null) {
            return List.of();
        }
        LocalDate today = Representatives.today(clock.instant());
        return jpa.txExpr(TransactionType.Supports, em -> {
            AccountEntity person = em.find(AccountEntity.class, caller.accountId());
            if (person == null || !AccountKind.CITIZEN.name().equals(person.getKind())) {
                return List.<Representative>of();
            }
            List<RepresentativeEntity> rows = em.createQuery("SELECT r FROM RepresentativeEntity r "
                    + "WHERE r.personId = :person AND r.inForce = :inForce", RepresentativeEntity.class)
                .setParameter("person", person.getId()).setParameter("inForce", RepresentativeEntity.IN_FORCE)
                .getResultList().stream().filter(r -> Representatives.inForceOn(r, today)).toList();
            Map<String, AccountEntity> orgs = accounts(em, rows.stream().map(RepresentativeEntity::getOrganisationId)
                .toList());
            return rows.stream().filter(r -> AccountStatus.ACTIVE.name().equals(orgs.get(r.getOrganisationId())
                    .getStatus()))
                .map(r -> Representatives.toDto(r, orgs.get(r.getOrganisationId()), person))
                .sorted(Comparator.comparing(Representative::organisationName).thenComparing(Representative::id))
                .toList();
        });
    }

    /** The caller is an organisation account in its own session (not a person acting for it). */
    private static void requireOrganisation(Caller caller) {
        if (caller.kind() != Caller.Kind.APPLICANT || caller.actingPerson() != null || caller.passwordChangeOnly()
            || caller.accountId() == null) {
            throw Errors.organisationOnly();
        }
    }

    /** The caller's organisation account; refused unless the caller is an organisation account itself. */
    private static AccountEntity ownOrganisation(EntityManager em, Caller caller) {
        AccountEntity org = em.find(AccountEntity.class, caller.accountId());
        if (org == null || !AccountKind.ORGANISATION.name().equals(org.getKind())) {
            throw Errors.organisationOnly();
        }
        return org;
    }

    private static RepresentativeEntity inForce(EntityManager em, String organisationId, String personId) {
        return em.createQuery("SELECT r FROM RepresentativeEntity r WHERE r.organisationId = :org "
                + "AND r.personId = :person AND r.inForce = :inForce", RepresentativeEntity.class)
            .setParameter("org", organisationId).setParameter("person", personId)
            .setParameter("inForce", RepresentativeEntity.IN_FORCE).getResultList().stream().findFirst()
            .orElse(null);
    }

    private static Map<String, AccountEntity> accounts(EntityManager em, List<String> ids) {
        Map<String, AccountEntity> result = new HashMap<>();
        List<String> distinct = new ArrayList<>(Set.copyOf(ids));
        for (int i = 0; i < distinct.size(); i += 500) {
            em.createQuery("SELECT a FROM AccountEntity a WHERE a.id IN :ids", AccountEntity.class)
                .setParameter("ids", distinct.subList(i, Math.min(distinct.size(), i + 500))).getResultList()
                .forEach(a -> result.put(a.getId(), a));
        }
        return result;
    }

    private static ConflictException duplicate(String idNumber) {
        return new ConflictException("duplicate-representative",
            "Người có số căn cước " + idNumber + " đã được ủy quyền cho tổ chức",
            "The person with ID number " + idNumber + " is already authorised for the organisation");
    }

    /** Audits a refusal (DENIED) once the work's transaction has rolled back, then rethrows it. */
    private <T> T audited(String action, String target, Supplier<T> work) {
        try {
            return work.get();
        } catch (ForbiddenException e) {
            Audit.recordRefusal(audit, AuditRecord.denied(action, "organisation", target, e.code()));
            throw e;
        }
    }
}
