package vn.motcua.identity.impl;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import javax.persistence.EntityManager;

import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;

/** Matching a person proved by an external identity provider to a citizen account. */
final class ExternalSignIns {
    private static final int MAX_NAME = 200;

    /** What was done to the account, for the audit trail. */
    enum Outcome { EXISTING, ACTIVATED, CREATED }

    record Checked(String provider, String subject, String idNumber, String displayName, String email, String phone,
                   String assurance) {
    }

    record Opened(AccountEntity account, Outcome outcome) {
    }

    private ExternalSignIns() {
    }

    /**
     * The provider's claims are input like any other: a connector misconfigured to map the wrong claim must get a
     * clear refusal, not an account with a garbage login. Contact details that don't parse are dropped, not refused:
     * they are optional and the person is already proved.
     */
    static Checked check(ExternalIdentity identity) {
        Checks c = new Checks();
        if (identity == null) {
            c.required("identity", null);
            c.throwIfAny();
        }
        c.required("provider", identity.provider());
        c.required("subject", identity.subject());
        String idNumber = identity.idNumber() == null ? null : identity.idNumber().strip();
        Logins.checkCitizenId(c, "idNumber", idNumber);
        c.throwIfAny();
        String name = Support.trim(identity.displayName());
        if (name != null && name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        String email = Logins.normaliseEmail(identity.email());
        if (email != null && !Logins.checkEmail(new Checks(), "email", email)) {
            email = null;
        }
        String phone = Logins.normalisePhone(identity.phone());
        if (phone != null && !Logins.checkPhone(new Checks(), "phone", phone, false)) {
            phone = null;
        }
        return new Checked(identity.provider(), identity.subject(), idNumber, name, email, phone,
            identity.assurance());
    }

    static String randomSecret(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /**
     * Finds, activates or creates the citizen account; the caller refuses locked or disabled ones.
     * {@code unusablePasswordHash} is null when the account was found a moment ago; should it have gone since, the
     * unique login makes the retry that follows a 409 find the right state.
     */
    static Opened open(EntityManager em, Checked person, String unusablePasswordHash, Instant now) {
        AccountEntity a = Accounts.byLogin(em, person.idNumber());
        if (a != null) {
            if (AccountStatus.PENDING_VERIFICATION.name().equals(a.getStatus())) {
                a.setStatus(AccountStatus.ACTIVE.name());
                a.setVerifiedAt(Support.ts(now));
                return new Opened(a, Outcome.ACTIVATED);
            }
            return new Opened(a, Outcome.EXISTING);
        }
        if (unusablePasswordHash == null) {
            throw new ConflictException("account-changed",
                "tài khoản " + person.idNumber() + " vừa thay đổi, vui lòng thử lại",
                "account " + person.idNumber() + " changed meanwhile, please retry");
        }
        a = new AccountEntity();
        a.setId(Support.newId());
        a.setKind(AccountKind.CITIZEN.name());
        a.setLogin(person.idNumber());
        a.setDisplayName(person.displayName() == null ? person.idNumber() : person.displayName());
        a.setEmail(person.email());
        a.setPhone(person.phone());
        a.setStatus(AccountStatus.ACTIVE.name());
        a.setPasswordHash(unusablePasswordHash);
        a.setMustChangePassword(false);
        a.setCreatedAt(Support.ts(now));
        a.setVerifiedAt(Support.ts(now));
        a.setPasswordChangedAt(Support.ts(now));
        em.persist(a);
        em.flush();
        return new Opened(a, Outcome.CREATED);
    }

    static String describe(Checked person, Opened opened) {
        String what = switch (opened.outcome()) {
            case EXISTING -> "session opened";
            case ACTIVATED -> "account activated and session opened";
            case CREATED -> "account created and session opened";
        };
        return what + " via " + person.provider() + " (subject " + person.subject()
            + (person.assurance() == null ? "" : ", assurance " + person.assurance()) + ")";
    }
}
