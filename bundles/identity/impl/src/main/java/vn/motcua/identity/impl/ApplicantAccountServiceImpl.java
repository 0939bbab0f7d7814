package vn.motcua.identity.impl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.ApplicantAccountService;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.VerificationEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.messaging.MessageDeliveryException;
import vn.motcua.platform.api.messaging.MessageSender;
import vn.motcua.platform.api.messaging.OutboundMessage;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Applicants register (citizens by ID number, organisations by tax code) and prove their email or phone with a
 * six-digit code sent through whichever {@link MessageSender} connector serves the channel.
 * <p>
 * The code is sent inside the registration transaction, after the account rows are flushed: a gateway failure rolls
 * the registration back (503, nothing stored, the applicant simply retries), and a duplicate ID number fails before
 * anything is sent. An unverified registration whose code has expired or died does not block the ID number: the next
 * registration replaces it, so nobody can squat somebody else's ID number by registering it first.
 */
@Component(service = ApplicantAccountService.class, configurationPid = IdentityConfig.PID)
public class ApplicantAccountServiceImpl implements ApplicantAccountService {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicantAccountServiceImpl.class);
    static final String PENDING = "PENDING";
    static final String VERIFIED = "VERIFIED";
    static final String DEAD = "DEAD";

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    private final List<MessageSender> senders = new CopyOnWriteArrayList<>();

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();
    private volatile IdentityConfig config;
    private volatile PasswordHasher hasher;

    /** Connectors come and go at run time (whiteboard); the code goes to whichever serves the channel now. */
    @Reference(name = "senders", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSender(MessageSender sender) {
        senders.add(sender);
    }

    void removeSender(MessageSender sender) {
        senders.remove(sender);
    }

    @Activate
    @Modified
    void configure(IdentityConfig newConfig) {
        config = newConfig;
        hasher = new PasswordHasher(newConfig.passwordIterations(), random);
    }

    /** Password hashes computed so far (tests prove that refused input is never hashed). */
    long hasherDerivations() {
        return hasher.derivations();
    }

    /** The login, destination and channel a registration was checked into. */
    private record Checked(AccountKind kind, String login, String email, String phone, VerificationChannel channel) {
        String destination() {
            return channel == VerificationChannel.SMS ? phone : email;
        }
    }

    @Override
    public PendingVerification register(ApplicantRegistration registration) {
        Checked r = check(registration);
        MessageSender sender = sender(r.channel());
        String passwordHash = hasher.hash(registration.password());
        String code = OneTimeCodes.newCode(random);
        Instant now = clock.instant();
        String whatVi = r.kind() == AccountKind.CITIZEN ? "Số căn cước" : "Mã số thuế";
        String whatEn = r.kind() == AccountKind.CITIZEN ? "ID number" : "Tax code";
        return JpaTransactions.write(jpa, em -> {
            AccountEntity existing = Accounts.byLogin(em, r.login());
            if (existing != null) {
                if (!replaceable(em, existing, now)) {
                    throw Errors.loginTaken(whatVi, whatEn, r.login());
                }
                LOG.info("Unverified registration {} of {} {} replaced by a new one", existing.getId(), r.kind(),
                    r.login());
                em.createQuery("DELETE FROM VerificationEntity v WHERE v.accountId = :a")
                    .setParameter("a", existing.getId()).executeUpdate();
                em.remove(existing);
                em.flush();
            }
            AccountEntity a = new AccountEntity();
            a.setId(Support.newId());
            a.setKind(r.kind().name());
            a.setLogin(r.login());
            a.setDisplayName(registration.fullName().strip());
            a.setEmail(r.email());
            a.setPhone(r.phone());
            a.setStatus(AccountStatus.PENDING_VERIFICATION.name());
            a.setPasswordHash(passwordHash);
            a.setMustChangePassword(false);
            a.setCreatedAt(Support.ts(now));
            a.setPasswordChangedAt(Support.ts(now));
            em.persist(a);
            em.flush();
            VerificationEntity v = new VerificationEntity();
            v.setId(Support.newId());
            v.setAccountId(a.getId());
            v.setChannel(r.channel().name());
            v.setDestination(r.destination());
            v.setStatus(PENDING);
            v.setAttempts(0);
            v.setSendCount(1);
            v.setCreatedAt(Support.ts(now));
            newCode(v, code, now);
            em.persist(v);
            em.flush();
            Audit.record(audit, AuditRecord.success("identity.register", "account", a.getId(),
                r.kind() + " registered, code sent by " + r.channel()).personal());
            deliver(sender, r.channel(), r.destination(), code);
            return pending(v);
        }, () -> Errors.loginTaken(whatVi, whatEn, r.login()));
    }

    private Checked check(ApplicantRegistration r) {
        Checks c = new Checks();
        if (r == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        String login = null;
        if (c.required("kind", r.kind())) {
            switch (r.kind()) {
                case CITIZEN -> {
                    login = Logins.normalise(r.idNumber());
                    Logins.checkCitizenId(c, "idNumber", login);
                    if (Support.trim(r.taxCode()) != null) {
                        c.add("taxCode", "not-allowed", "Công dân đăng ký bằng số căn cước, không dùng mã số thuế",
                            "citizens register with their ID number, not a tax code");
                    }
                }
                case ORGANISATION -> {
                    login = Logins.normalise(r.taxCode());
                    Logins.checkTaxCode(c, "taxCode", login);
                    if (Support.trim(r.idNumber()) != null) {
                        c.add("idNumber", "not-allowed", "Tổ chức đăng ký bằng mã số thuế, không dùng số căn cước",
                            "organisations register with their tax code, not an ID number");
                    }
                }
                case STAFF -> c.add("kind", "not-allowed",
                    "Tài khoản cán bộ do quản trị cơ quan cấp, không tự đăng ký",
                    "staff accounts are issued by an administrator, never registered");
            }
        }
        c.requiredText("fullName", r.fullName(), 200);
        String email = Logins.normaliseEmail(r.email());
        Logins.checkEmail(c, "email", email);
        String phone = Logins.normalisePhone(r.phone());
        Logins.checkPhone(c, "phone", phone, r.channel() == VerificationChannel.SMS);
        if (c.required("channel", r.channel())) {
            if (r.channel() == VerificationChannel.EMAIL && email == null) {
                c.add("email", "required", "Cần thư điện tử để nhận mã xác thực", "an email address is needed for "
                    + "the code");
            }
            if (r.channel() == VerificationChannel.SMS && phone == null) {
                c.add("phone", "required", "Cần số di động để nhận mã xác thực", "a mobile number is needed for the "
                    + "code");
            }
        }
        Passwords.checkNew(c, "password", r.password(), login);
        c.throwIfAny();
        return new Checked(r.kind(), login, email, phone, r.channel());
    }

    /** An unverified account whose last code expired or died holds its login no longer. */
    private static boolean replaceable(EntityManager em, AccountEntity existing, Instant now) {
        if (!AccountStatus.PENDING_VERIFICATION.name().equals(existing.getStatus())) {
            return false;
        }
        List<VerificationEntity> live = em.createQuery("SELECT v FROM VerificationEntity v WHERE v.accountId = :a "
                + "AND v.status = :pending AND v.expiresAt > :now", VerificationEntity.class)
            .setParameter("a", existing.getId()).setParameter("pending", PENDING)
            .setParameter("now", Support.ts(now)).getResultList();
        return live.isEmpty();
    }

    @Override
    public Account verify(String verificationId, String code) {
        Checks c = new Checks();
        checkId(c, verificationId);
        String given = code == null ? null : code.strip();
        if (c.required("code", given)) {
            c.matches("code", given, OneTimeCodes.FORMAT, "6 chữ số", "6 digits");
        }
        c.throwIfAny();
        Instant now = clock.instant();
        // Committed whatever the code: a wrong attempt must count even though the request fails.
        Verification outcome = JpaTransactions.write(jpa, em -> {
            VerificationEntity v = find(em, verificationId);
            refuseFinished(v, now);
            AccountEntity a = Accounts.find(em, v.getAccountId());
            if (OneTimeCodes.matches(v.getCodeHash(), v.getCodeSalt(), v.getId(), given)) {
                v.setStatus(VERIFIED);
                v.setVerifiedAt(Support.ts(now));
                a.setStatus(AccountStatus.ACTIVE.name());
                a.setVerifiedAt(Support.ts(now));
                em.flush();
                Audit.record(audit, AuditRecord.success("identity.verify", "account", a.getId(),
                    "verified by " + v.getChannel()));
                return new Verification(Accounts.toDto(a, null, null, now), 0);
            }
            v.setAttempts(v.getAttempts() + 1);
            int left = Math.max(0, config.verificationMaxAttempts() - v.getAttempts());
            if (left == 0) {
                v.setStatus(DEAD);
            }
            em.flush();
            Audit.record(audit, AuditRecord.failure("identity.verify", "account", a.getId(),
                left == 0 ? "wrong code; verification dead" : "wrong code; " + left + " attempts left"));
            return new Verification(null, left);
        });
        if (outcome.account() != null) {
            return outcome.account();
        }
        if (outcome.attemptsLeft() == 0) {
            throw dead();
        }
        throw ValidationException.of("code", "wrong-code",
            "Mã xác thực không đúng; còn " + outcome.attemptsLeft() + " lần thử",
            "wrong code; " + outcome.attemptsLeft() + " attempts left");
    }

    private record Verification(Account account, int attemptsLeft) {
    }

    @Override
    public PendingVerification resend(String verificationId) {
        Checks c = new Checks();
        checkId(c, verificationId);
        c.throwIfAny();
        VerificationEntity current = jpa.txExpr(TransactionType.Supports, em -> find(em, verificationId));
        VerificationChannel channel = VerificationChannel.valueOf(current.getChannel());
        MessageSender sender = sender(channel);
        Instant now = clock.instant();
        String code = OneTimeCodes.newCode(random);
        return JpaTransactions.write(jpa, em -> {
            VerificationEntity v = find(em, verificationId);
            if (VERIFIED.equals(v.getStatus())) {
                throw alreadyVerified();
            }
            if (DEAD.equals(v.getStatus())) {
                throw dead();
            }
            if (v.getSendCount() >= config.verificationMaxSends()) {
                throw new TooManyRequestsException("resend-limit",
                    "Đã gửi mã quá " + config.verificationMaxSends() + " lần; hãy đăng ký lại sau khi mã hết hạn",
                    "The code was sent " + config.verificationMaxSends() + " times already; register again once it "
                        + "has expired");
            }
            Instant next = Support.instant(v.getLastSentAt()).plusSeconds(config.resendIntervalSeconds());
            if (now.isBefore(next)) {
                long wait = Math.max(1, Duration.between(now, next).toSeconds());
                throw new TooManyRequestsException("resend-too-soon",
                    "Vừa gửi mã; hãy đợi " + wait + " giây rồi thử lại",
                    "A code was just sent; wait " + wait + " seconds and try again");
            }
            newCode(v, code, now);
            v.setSendCount(v.getSendCount() + 1);
            em.flush();
            Audit.record(audit, AuditRecord.success("identity.verify.resend", "account", v.getAccountId(),
                "code sent again by " + v.getChannel() + " (" + v.getSendCount() + ")"));
            deliver(sender, channel, v.getDestination(), code);
            return pending(v);
        });
    }

    private void newCode(VerificationEntity v, String code, Instant now) {
        String salt = OneTimeCodes.newSalt(random);
        v.setCodeSalt(salt);
        v.setCodeHash(OneTimeCodes.hash(salt, v.getId(), code));
        v.setLastSentAt(Support.ts(now));
        v.setExpiresAt(Support.ts(now.plus(Duration.ofMinutes(config.verificationMinutes()))));
    }

    private PendingVerification pending(VerificationEntity v) {
        return new PendingVerification(v.getId(), v.getAccountId(), VerificationChannel.valueOf(v.getChannel()),
            Logins.mask(v.getDestination()), Support.instant(v.getExpiresAt()),
            Math.max(0, config.verificationMaxAttempts() - v.getAttempts()));
    }

    private static void checkId(Checks c, String verificationId) {
        if (c.required("verificationId", verificationId)) {
            c.maxLength("verificationId", verificationId, 36);
        }
    }

    private static VerificationEntity find(EntityManager em, String id) {
        VerificationEntity v = em.find(VerificationEntity.class, id);
        if (v == null) {
            throw new NotFoundException("yêu cầu xác thực", "Verification", id);
        }
        return v;
    }

    private static void refuseFinished(VerificationEntity v, Instant now) {
        if (VERIFIED.equals(v.getStatus())) {
            throw alreadyVerified();
        }
        if (DEAD.equals(v.getStatus())) {
            throw dead();
        }
        if (!now.isBefore(Support.instant(v.getExpiresAt()))) {
            throw new GoneException("verification-expired", "Mã xác thực đã hết hạn; hãy yêu cầu gửi lại mã",
                "The code has expired; ask for a new one");
        }
    }

    private static ConflictException alreadyVerified() {
        return new ConflictException("already-verified", "Tài khoản đã được xác thực; hãy đăng nhập",
            "The account is already verified; log in");
    }

    private static GoneException dead() {
        return new GoneException("verification-dead", "Đã nhập sai mã quá số lần cho phép; hãy đăng ký lại",
            "Too many wrong codes; register again");
    }

    /** The connector for the channel, or 503 before anything is stored. */
    private MessageSender sender(VerificationChannel channel) {
        OutboundMessage.Channel wanted = OutboundMessage.Channel.valueOf(channel.name());
        for (MessageSender s : senders) {
            if (s.channel() == wanted) {
                return s;
            }
        }
        throw ChannelUnavailableException.noSender(wanted);
    }

    /** Vietnamese first, then English; SMS without diacritics so that it fits one GSM-7 segment. */
    private void deliver(MessageSender sender, VerificationChannel channel, String to, String code) {
        int minutes = config.verificationMinutes();
        OutboundMessage message;
        if (channel == VerificationChannel.SMS) {
            message = new OutboundMessage(OutboundMessage.Channel.SMS, to, null,
                "MotCua: ma xac thuc cua ban la " + code + ", hieu luc " + minutes + " phut. Khong chia se ma nay. "
                    + "/ Your code: " + code + ", valid " + minutes + " min.");
        } else {
            message = new OutboundMessage(OutboundMessage.Channel.EMAIL, to,
                "Mã xác thực tài khoản MotCua / MotCua verification code",
                "Mã xác thực của bạn là: " + code + "\n"
                    + "Mã có hiệu lực trong " + minutes + " phút. Không cung cấp mã này cho bất kỳ ai.\n"
                    + "Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.\n\n"
                    + "Your verification code is: " + code + "\n"
                    + "It is valid for " + minutes + " minutes. Do not share it with anyone.\n"
                    + "If you did not register, ignore this message.\n");
        }
        try {
            sender.send(message);
        } catch (MessageDeliveryException e) {
            LOG.warn("Code could not be sent by {}: {}", channel, e.getMessage());
            throw ChannelUnavailableException.deliveryFailed(message.channel());
        }
    }
}
