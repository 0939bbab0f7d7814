package vn.motcua.dossier.impl;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.engine.ClockKind;
import vn.motcua.calendar.engine.DossierClock;
import vn.motcua.calendar.engine.DurationUnit;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.documents.api.DossierDocuments;
import vn.motcua.dossier.api.Applicant;
import vn.motcua.dossier.api.Attachment;
import vn.motcua.dossier.api.AttachmentContent;
import vn.motcua.dossier.api.CounterIntakeInput;
import vn.motcua.dossier.api.Dossier;
import vn.motcua.dossier.api.DossierAction;
import vn.motcua.dossier.api.DossierService;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.api.DossierSummary;
import vn.motcua.dossier.api.DossierTransition;
import vn.motcua.dossier.api.Notice;
import vn.motcua.dossier.api.NoticeFile;
import vn.motcua.dossier.api.PaymentRequest;
import vn.motcua.dossier.api.PublicStatus;
import vn.motcua.dossier.api.Reason;
import vn.motcua.dossier.api.ReusableDocument;
import vn.motcua.dossier.api.ResultDelivery;
import vn.motcua.dossier.api.SubmissionInput;
import vn.motcua.dossier.api.SupplementRequest;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.dossier.impl.entity.DossierTransitionEntity;
import vn.motcua.dossier.impl.entity.NoticeEntity;
import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.AccountDirectory;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;
import vn.motcua.storage.api.BlobStore;

/**
 * Intake and life-cycle. Each command reads the dossier, checks who is acting, asks {@link StatusMachine} for the next
 * status, changes the row (optimistic version), records the transition and the outbox event — all in one transaction,
 * so a crash leaves either the whole change or none of it.
 */
@Component(service = DossierService.class, configurationPid = DossierConfig.PID)
@Designate(ocd = DossierConfig.class)
public class DossierServiceImpl implements DossierService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DossierServiceImpl.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.]{1,32}-\\d{6}-([0-9A-Z]{2})?\\d{4,6}");
    private static final int MAX_FORM_FIELDS = 500;

    @Reference(target = "(osgi.unit.name=motcua-dossier)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=dossier)")
    MigratedSchema schema;

    @Reference
    ProcedureService procedures;

    @Reference
    AgencyService agencies;

    @Reference
    EFormService eforms;

    @Reference
    CalendarService calendars;

    @Reference
    AccountDirectory accounts;

    @Reference
    BlobStore blobs;

    @Reference
    DossierDocuments documents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time. */
    Clock clock = Clock.system(VIETNAM);

    private volatile DossierConfig config;

    @Activate
    @Modified
    void configure(DossierConfig newConfig) {
        String prefix = newConfig.centralServiceCodePrefix();
        if (prefix != null && !prefix.isBlank() && !prefix.strip().matches("[0-9A-Z]{2}")) {
            LOG.error("{} centralServiceCodePrefix '{}' is not two capital letters or digits; centrally run services "
                + "are numbered without it until it is corrected", DossierConfig.PID, prefix);
        }
        config = newConfig;
    }

    // --- commands of the applicant ------------------------------------------------------------------------------------

    @Override
    public Dossier saveDraft(String id, SubmissionInput input) {
        Caller caller = applicant();
        Account account = account(caller);
        Prepared p = prepare(input, Channel.ONLINE, true);
        return write(em -> {
            DossierEntity d;
            if (id == null) {
                d = newDossier(p, Channel.ONLINE, now());
                d.setStatus(DossierStatus.DRAFT.name());
                d.setStatusCode(DossierStatus.DRAFT.code());
                em.persist(d);
            } else {
                d = byId(em, id);
                Scope.requireApplicant(caller, d);
                if (DossierStatus.valueOf(d.getStatus()) != DossierStatus.DRAFT) {
                    throw new ConflictException("not-a-draft", "Hồ sơ đã nộp, không sửa như bản nháp được",
                        "The dossier was submitted; it is no longer a draft");
                }
                fill(d, p);
            }
            applicantFromAccount(d, account, input.applicantAddress());
            return Dossiers.toDto(d);
        });
    }

    @Override
    public Dossier submit(String draftId, SubmissionInput input, String idempotencyKey) {
        Caller caller = applicant();
        Account account = account(caller);
        String key = idempotencyKey(idempotencyKey);
        Prepared p = prepare(input, Channel.ONLINE, false);
        if (key != null) {
            Dossier earlier = byIdempotencyKey(caller.accountId(), key);
            if (earlier != null) {
                return sameSubmission(earlier, p);
            }
        }
        try {
            return writeRetrying(em -> {
                LocalDateTime now = now();
                DossierEntity d;
                DossierStatus from;
                if (draftId == null) {
                    d = newDossier(p, Channel.ONLINE, now);
                    from = null;
                } else {
                    d = byId(em, draftId);
                    Scope.requireApplicant(caller, d);
                    from = DossierStatus.valueOf(d.getStatus());
                    fill(d, p);
                }
                DossierStatus to = StatusMachine.next(from, DossierAction.SUBMIT, null);
                applicantFromAccount(d, account, input.applicantAddress());
                d.setSubmittedBy(caller.accountId());
                d.setIdempotencyKey(key);
                d.setSubmittedAt(Dossiers.ts(instant()));
                d.setIntakeDueAt(Dossiers.ts(intakeDue(d.getProvince(), now)));
                setStatus(d, to);
                if (draftId == null) {
                    d.setCreating(true);
                    em.persist(d);
                    em.flush();
                }
                Transitions.record(em, d, DossierAction.SUBMIT, from, to, caller, instant(), null, null);
                em.flush();
                // the code last: the agency's sequence row is locked from here to the commit
                Transitions.assignCode(em, d, Codes.next(em, p.agency.code(), now.toLocalDate(),
                    codePrefix(p.procedure.code(), now)));
                return Dossiers.toDto(d);
            });
        } catch (ConflictException lost) {
            // the same key on a concurrent retry: the other request created the dossier
            Dossier earlier = key == null ? null : byIdempotencyKey(caller.accountId(), key);
            if (earlier != null) {
                return sameSubmission(earlier, p);
            }
            throw lost;
        }
    }

    @Override
    public Dossier supplement(String code, long version, String note) {
        Caller caller = CallerContext.current();
        return command(code, version, (em, d) -> {
            boolean applicant = Scope.isApplicantOf(caller, d);
            if (!applicant) {
                Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(), code);
            }
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus interrupted = d.getStatusBeforeWait() == null ? null
                : DossierStatus.valueOf(d.getStatusBeforeWait());
            DossierStatus to = StatusMachine.next(from, DossierAction.SUPPLEMENT, interrupted);
            LocalDateTime now = now();
            d.setSupplementCount(d.getSupplementCount() + 1);
            d.setStatusBeforeWait(null);
            if (to == DossierStatus.SUBMITTED) {
                // supplemented during intake: waits for intake again, with a new 8-hour answer deadline
                d.setWaitDeadline(null);
                d.setIntakeDueAt(Dossiers.ts(intakeDue(d.getProvince(), now)));
            } else {
                // supplemented during processing: the clock resumes (RESTART issues a new receipt, same code)
                DossierClock c = calendar(d).resumeClock(Dossiers.clock(d), now);
                Dossiers.store(d, c);
                d.setReceiptCount(d.getReceiptCount() + 1);
            }
            int seq = Transitions.record(em, d, DossierAction.SUPPLEMENT, from, to, caller, instant(),
                text(note, 2000), null);
            if (to != DossierStatus.SUBMITTED) {
                Notices.receipt(em, d, seq, caller, now, () -> declaredComponents(d));
            }
            return d;
        });
    }

    @Override
    public Dossier withdraw(String code, long version, Reason reason) {
        Caller caller = CallerContext.current();
        String why = requiredReason(reason);
        return command(code, version, (em, d) -> {
            Scope.requireApplicant(caller, d);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.WITHDRAW, null);
            Transitions.record(em, d, DossierAction.WITHDRAW, from, to, caller, instant(), why, null);
            return d;
        });
    }

    // --- commands of the one-stop officer -----------------------------------------------------------------------------

    @Override
    public Dossier accept(String code, long version) {
        Caller caller = CallerContext.current();
        return command(code, version, (em, d) -> {
            Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(), code);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.ACCEPT, null);
            receive(em, d, from, to, DossierAction.ACCEPT, caller, () -> declaredComponents(d));
            return d;
        });
    }

    @Override
    public Dossier receiveAtCounter(CounterIntakeInput input, String idempotencyKey) {
        Caller caller = CallerContext.current();
        if (input == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung yêu cầu", "the request body is required");
        }
        String key = idempotencyKey(idempotencyKey);
        Checks c = new Checks();
        if (c.required("channel", input.channel()) && input.channel() == Channel.ONLINE) {
            c.add("channel", "invalid", "Tiếp nhận tại quầy chỉ cho kênh COUNTER hoặc POSTAL",
                "counter intake is for the COUNTER or POSTAL channel");
        }
        Applicant applicant = checkApplicant(c, input.applicant());
        c.throwIfAny();
        Prepared p = prepare(new SubmissionInput(input.procedureCode(), input.agencyCode(),
            applicant == null ? null : applicant.address(), input.formData(), input.delivery(), input.note()),
            input.channel(), false);
        Scope.requireOfficer(caller, p.agency.code(), p.procedure.sectorCode(), p.procedure.code(), null);
        if (key != null) {
            Dossier earlier = byIdempotencyKey(caller.accountId(), key);
            if (earlier != null) {
                return sameSubmission(earlier, p);
            }
        }
        try {
            return writeRetrying(em -> {
                LocalDateTime now = now();
                DossierEntity d = newDossier(p, input.channel(), now);
                d.setApplicantKind(applicant.kind().name());
                d.setApplicantIdNumber(applicant.idNumber());
                d.setApplicantName(applicant.name());
                d.setApplicantAddress(applicant.address());
                d.setApplicantPhone(applicant.phone());
                d.setApplicantEmail(applicant.email());
                d.setRepresentative(input.representative() == null ? null : Dossiers.write(input.representative()));
                // the officer's key: a double click at the counter never creates two dossiers
                d.setSubmittedBy(caller.accountId());
                d.setIdempotencyKey(key);
                d.setSubmittedAt(Dossiers.ts(instant()));
                DossierStatus to = StatusMachine.next(null, DossierAction.RECEIVE_AT_COUNTER, null);
                d.setStatus(DossierStatus.RECEIVED.name());
                d.setStatusCode(DossierStatus.RECEIVED.code());
                d.setCreating(true);
                em.persist(d);
                em.flush();
                receive(em, d, null, to, DossierAction.RECEIVE_AT_COUNTER, caller, () -> p.procedure.components());
                em.flush();
                // the code last: the agency's sequence row is locked from here to the commit
                Transitions.assignCode(em, d, Codes.next(em, p.agency.code(), now.toLocalDate(),
                    codePrefix(p.procedure.code(), now)));
                return Dossiers.toDto(d);
            });
        } catch (ConflictException lost) {
            Dossier earlier = key == null ? null : byIdempotencyKey(caller.accountId(), key);
            if (earlier != null) {
                return earlier;
            }
            throw lost;
        }
    }

    @Override
    public Dossier requestSupplement(String code, long version, SupplementRequest request) {
        Caller caller = CallerContext.current();
        String details = checkSupplement(request);
        return command(code, version, (em, d) -> {
            Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(), code);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.REQUEST_SUPPLEMENT, null);
            LocalDateTime now = now();
            if (from == DossierStatus.PROCESSING) {
                // within the deadline only; the clock stops while waiting (seed 000 Art 16.5)
                Dossiers.store(d, calendar(d).stopClock(Dossiers.clock(d), now));
            }
            if (d.getWaitDeadline() == null && config.supplementWaitWorkingDays() > 0) {
                // rules without a wait of their own (2018) and requests made during intake: the province's setting
                d.setWaitDeadline(Dossiers.ts(calendar(d).dueDate(now,
                    TimeLimit.workingDays(config.supplementWaitWorkingDays()), ClockKind.ACCEPTANCE).dueAt()));
            }
            d.setStatusBeforeWait(from.name());
            d.setIntakeDueAt(null);
            String note = text(request.note(), 2000);
            int seq = Transitions.record(em, d, DossierAction.REQUEST_SUPPLEMENT, from, to, caller, instant(), note,
                details);
            Notices.supplementRequest(em, d, seq, caller, now, request.items(), note);
            return d;
        });
    }

    @Override
    public Dossier refuse(String code, long version, Reason reason) {
        Caller caller = CallerContext.current();
        String why = requiredReason(reason);
        return command(code, version, (em, d) -> {
            Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(), code);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.REFUSE, null);
            d.setIntakeDueAt(null);
            d.setFinishedAt(Dossiers.ts(instant()));
            int seq = Transitions.record(em, d, DossierAction.REFUSE, from, to, caller, instant(), why, null);
            Notices.refusal(em, d, seq, caller, now(), why);
            return d;
        });
    }

    @Override
    public Dossier transfer(String code, long version, String note) {
        Caller caller = CallerContext.current();
        return command(code, version, (em, d) -> {
            Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(), code);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.TRANSFER, null);
            Transitions.record(em, d, DossierAction.TRANSFER, from, to, caller, instant(), text(note, 2000), null);
            return d;
        });
    }

    @Override
    public Dossier requestPayment(String code, long version, PaymentRequest request) {
        Caller caller = CallerContext.current();
        String details = checkPayment(request);
        return command(code, version, (em, d) -> {
            Scope.requireHandler(caller, d);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.REQUEST_PAYMENT, null);
            Dossiers.store(d, calendar(d).stopClock(Dossiers.clock(d), now()));
            // paying is not supplementing: nothing closes the dossier while it waits
            d.setWaitDeadline(null);
            Transitions.record(em, d, DossierAction.REQUEST_PAYMENT, from, to, caller, instant(),
                text(request.note(), 2000), details);
            return d;
        });
    }

    @Override
    public Dossier confirmPayment(String code, long version, String reference) {
        Caller caller = CallerContext.current();
        Checks c = new Checks();
        c.maxLength("reference", reference, 200);
        c.throwIfAny();
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        return command(code, version, (em, d) -> {
            Scope.requireHandler(caller, d);
            DossierStatus from = DossierStatus.valueOf(d.getStatus());
            DossierStatus to = StatusMachine.next(from, DossierAction.CONFIRM_PAYMENT, null);
            Dossiers.store(d, calendar(d).resumeClockAfterPayment(Dossiers.clock(d), now()));
            Transitions.record(em, d, DossierAction.CONFIRM_PAYMENT, from, to, caller, instant(), ref, null);
            return d;
        });
    }

    private static String checkPayment(PaymentRequest request) {
        Checks c = new Checks();
        if (request == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.required("amountVnd", request.amountVnd()) && request.amountVnd() < 1) {
            c.add("amountVnd", "out-of-range", "Số tiền phải lớn hơn 0 đồng", "the amount must be at least 1 đồng");
        }
        c.requiredText("description", request.description(), 500);
        c.maxLength("note", request.note(), 2000);
        c.throwIfAny();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amountVnd", request.amountVnd());
        details.put("description", request.description().strip());
        return Dossiers.write(details);
    }

    /**
     * A receipt: the clock starts from the receipt time under the rule set of that date. A procedure answered
     * immediately gets no appointment: its result is handed over at once (2 → 4 → 9 → 10 in one transaction).
     */
    private void receive(EntityManager em, DossierEntity d, DossierStatus from, DossierStatus to,
                         DossierAction action, Caller caller, Supplier<List<DossierComponent>> declared) {
        LocalDateTime now = now();
        Instant at = instant();
        TimeLimit limit = new TimeLimit(d.getLimitValue(), DurationUnit.valueOf(d.getLimitUnit()));
        DossierClock c = calendar(d).startClock(now, limit);
        Dossiers.store(d, c);
        d.setReceiptCount(d.getReceiptCount() + 1);
        d.setIntakeDueAt(null);
        int seq = Transitions.record(em, d, action, from, to, caller, at, null, null);
        if (limit.unit() == DurationUnit.IMMEDIATE) {
            d.setDueAt(null);
            d.setOriginalDueAt(null);
            DossierStatus s = to;
            for (DossierAction next : List.of(DossierAction.TRANSFER, DossierAction.COMPLETE,
                DossierAction.RETURN_RESULT)) {
                DossierStatus n = StatusMachine.next(s, next, null);
                Transitions.record(em, d, next, s, n, caller, at, "Thủ tục giải quyết ngay / immediate procedure",
                    null);
                s = n;
            }
            d.setFinishedAt(Dossiers.ts(at));
        } else {
            Notices.receipt(em, d, seq, caller, now, declared);
        }
    }

    /** The components the dossier's procedure version requires (for the receipt of an undigitised paper dossier). */
    private List<DossierComponent> declaredComponents(DossierEntity d) {
        List<DossierComponent> c = procedures.getVersion(d.getProcedureCode(), d.getProcedureVersion()).components();
        return c == null ? List.of() : c;
    }

    // --- attachments --------------------------------------------------------------------------------------------------

    @Override
    public Attachment attach(String dossierRef, String component, ComponentForm form, String fileName,
                             InputStream content) {
        String id = idOf(dossierRef);
        return Attachments.attach(jpa, blobs, eforms, config, CallerContext.current(), id, component, form, fileName,
            content, instant());
    }

    @Override
    public Attachment reuse(String dossierRef, String attachmentId, String component, ComponentForm form) {
        return Attachments.reuse(jpa, eforms, config, CallerContext.current(), idOf(dossierRef), attachmentId,
            component, form, instant());
    }

    /** The id of a dossier named by id or code (no audit, no scope: the caller checks). */
    private String idOf(String dossierRef) {
        return isCode(dossierRef) ? jpa.txExpr(TransactionType.Supports, em -> byRef(em, dossierRef).getId())
            : dossierRef;
    }

    @Override
    public List<ReusableDocument> reusableDocuments() {
        Caller caller = applicant();
        return jpa.txExpr(TransactionType.Supports, em -> Attachments.reusable(em, caller.accountId()));
    }

    @Override
    public List<Attachment> attachments(String dossierRef) {
        return readVisible(dossierRef, (em, d) -> Attachments.list(em, d.getId()));
    }

    @Override
    public AttachmentContent attachment(String dossierRef, String attachmentId) {
        Caller caller = CallerContext.current();
        DossierEntity d = jpa.txExpr(TransactionType.Supports, em -> byRef(em, dossierRef));
        Scope.requireVisible(caller, d);
        AttachmentContent file = jpa.txExpr(TransactionType.Supports,
            em -> Attachments.open(em, blobs, d.getId(), attachmentId));
        auditRead(caller, d);
        return file;
    }

    // --- notices ------------------------------------------------------------------------------------------------------

    @Override
    public List<Notice> notices(String code) {
        return readVisible(code, (em, d) -> Notices.list(em, d.getId(), d.getCode()));
    }

    @Override
    public NoticeFile notice(String code, String noticeId) {
        return renderNotice(code, (em, d) -> Notices.find(em, d.getId(), noticeId));
    }

    @Override
    public NoticeFile latestNotice(String code, Notice.Kind kind) {
        if (kind == null) {
            throw ValidationException.of("kind", "required", "Thiếu loại phiếu", "the kind of notice is required");
        }
        return renderNotice(code, (em, d) -> Notices.latest(em, d.getId(), kind));
    }

    private NoticeFile renderNotice(String code, java.util.function.BiFunction<EntityManager, DossierEntity,
        NoticeEntity> which) {
        Caller caller = CallerContext.current();
        DossierEntity d = jpa.txExpr(TransactionType.Supports, em -> byCode(em, code));
        Scope.requireVisible(caller, d);
        NoticeEntity n = jpa.txExpr(TransactionType.Supports, em -> which.apply(em, d));
        // rendered outside any transaction: a PDF takes tens of milliseconds and needs no database
        NoticeFile file = new NoticeRenderer(documents, agencies, config).render(d, n);
        auditRead(caller, d);
        return file;
    }

    // --- queries ------------------------------------------------------------------------------------------------------

    @Override
    public Dossier get(String code) {
        Caller caller = CallerContext.current();
        DossierEntity d = jpa.txExpr(TransactionType.Supports, em -> byCode(em, code));
        Scope.requireVisible(caller, d);
        auditRead(caller, d);
        return Dossiers.toDto(d);
    }

    @Override
    public Dossier getById(String id) {
        Caller caller = CallerContext.current();
        DossierEntity d = jpa.txExpr(TransactionType.Supports, em -> byId(em, id));
        Scope.requireVisible(caller, d);
        auditRead(caller, d);
        return Dossiers.toDto(d);
    }

    @Override
    public List<DossierTransition> history(String code) {
        return readVisible(code, (em, d) -> Transitions.of(em, d.getId()));
    }

    /** Reads something of a dossier (by id or code) that the caller may see; 404 otherwise. */
    private <R> R readVisible(String dossierRef, java.util.function.BiFunction<EntityManager, DossierEntity, R> read) {
        Caller caller = CallerContext.current();
        return jpa.txExpr(TransactionType.Supports, em -> {
            DossierEntity d = byRef(em, dossierRef);
            Scope.requireVisible(caller, d);
            return read.apply(em, d);
        });
    }

    @Override
    public PublicStatus lookup(String code) {
        DossierEntity d = jpa.txExpr(TransactionType.Supports, em -> byCode(em, code));
        if (d.getCode() == null) {
            throw Scope.notFound(code);
        }
        DossierStatus s = DossierStatus.valueOf(d.getStatus());
        String agencyName;
        try {
            agencyName = agencies.get(d.getAgencyCode()).nameVi();
        } catch (NotFoundException e) {
            agencyName = null;
        }
        return new PublicStatus(d.getCode(), d.getProcedureCode(), d.getProcedureName(), d.getAgencyCode(), agencyName,
            s, s.code(), s.nameVi(), Dossiers.local(d.getReceivedAt()), Dossiers.local(d.getDueAt()),
            Dossiers.instant(d.getFinishedAt()));
    }

    @Override
    public Page<DossierSummary> mine(PageRequest page) {
        Caller caller = applicant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            long total = em.createQuery("SELECT COUNT(d) FROM DossierEntity d WHERE d.applicantAccountId = :a",
                Long.class).setParameter("a", caller.accountId()).getSingleResult();
            List<DossierEntity> rows = em.createQuery("SELECT d FROM DossierEntity d WHERE d.applicantAccountId = :a "
                    + "ORDER BY d.createdAt DESC, d.id", DossierEntity.class).setParameter("a", caller.accountId())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            LocalDateTime now = now();
            return new Page<>(rows.stream().map(d -> summary(d, now)).toList(), page.page(), page.size(), total);
        });
    }

    @Override
    public Page<DossierSummary> intakeQueue(String agencyCode, boolean overdueOnly, PageRequest page) {
        Caller caller = CallerContext.current();
        if (!caller.hasAny(Role.ONE_STOP_OFFICER, Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)) {
            throw ForbiddenException.outOfScope("danh sách hồ sơ chờ tiếp nhận", "the intake queue");
        }
        Set<String> agencyCodes;
        boolean provinceWide = caller.hasAny(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR);
        if (agencyCode != null && !agencyCode.isBlank()) {
            if (!caller.reachesAgency(agencyCode)) {
                throw ForbiddenException.outOfScope("cơ quan " + agencyCode, "agency " + agencyCode);
            }
            agencyCodes = Set.of(agencyCode);
        } else {
            agencyCodes = provinceWide ? null : caller.agencyScope();
        }
        LocalDateTime now = now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = "d.statusCode = 1" + (agencyCodes == null ? "" : " AND d.agencyCode IN :agencies")
                + (overdueOnly ? " AND d.intakeDueAt < :now" : "");
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DossierEntity d WHERE " + where, Long.class);
            TypedQuery<DossierEntity> list = em.createQuery("SELECT d FROM DossierEntity d WHERE " + where
                + " ORDER BY d.intakeDueAt, d.code", DossierEntity.class);
            if (overdueOnly) {
                count.setParameter("now", Dossiers.ts(now));
                list.setParameter("now", Dossiers.ts(now));
            }
            if (agencyCodes != null) {
                if (agencyCodes.isEmpty()) {
                    return new Page<DossierSummary>(List.of(), page.page(), page.size(), 0);
                }
                count.setParameter("agencies", agencyCodes);
                list.setParameter("agencies", agencyCodes);
            }
            List<DossierEntity> rows = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            List<DossierSummary> items = new ArrayList<>();
            for (DossierEntity d : rows) {
                // assignment (sectors/procedures) narrows the agency scope
                if (Scope.staffReaches(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode())) {
                    items.add(summary(d, now));
                }
            }
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    private DossierSummary summary(DossierEntity d, LocalDateTime now) {
        DossierStatus s = DossierStatus.valueOf(d.getStatus());
        LocalDateTime deadline = s == DossierStatus.SUBMITTED ? Dossiers.local(d.getIntakeDueAt())
            : s.isFinal() || s == DossierStatus.DRAFT ? null : Dossiers.local(d.getDueAt());
        Long left = null;
        if (deadline != null) {
            left = calendar(d).remainingSeconds(deadline, now) / 60;
        }
        return new DossierSummary(d.getId(), d.getCode(), d.getProcedureCode(), d.getProcedureName(),
            d.getAgencyCode(), d.getApplicantName(), s, s.code(), Dossiers.instant(d.getSubmittedAt()),
            Dossiers.local(d.getReceivedAt()), deadline, left, deadline != null && now.isAfter(deadline));
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    /** What a submission needs from the catalogue, checked before any transaction. */
    private record Prepared(ProcedureVersion procedure, Agency agency, String province, String formJson,
                            Integer eformRevision, ResultDelivery delivery, String note) {
    }

    private Prepared prepare(SubmissionInput input, Channel channel, boolean draft) {
        Checks c = new Checks();
        if (input == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        c.requiredText("procedureCode", input.procedureCode(), 32);
        c.requiredText("agencyCode", input.agencyCode(), 32);
        c.maxLength("applicantAddress", input.applicantAddress(), 500);
        c.maxLength("note", input.note(), 2000);
        String formJson = checkForm(c, input.formData());
        ResultDelivery delivery = checkDelivery(c, input.delivery(), draft);
        c.throwIfAny();
        LocalDate today = now().toLocalDate();
        ProcedureVersion procedure;
        try {
            procedure = procedures.get(input.procedureCode().strip(), today);
        } catch (NotFoundException e) {
            throw ValidationException.of("procedureCode", "unknown", "Không có thủ tục " + input.procedureCode(),
                "no procedure " + input.procedureCode());
        }
        if (procedure.status() != ProcedureStatus.ACTIVE) {
            throw ValidationException.of("procedureCode", "abolished", "Thủ tục đã bị bãi bỏ",
                "the procedure has been abolished");
        }
        if (channel != null && procedure.channels() != null && !procedure.channels().contains(channel)) {
            throw ValidationException.of("procedureCode", "channel-not-offered",
                "Thủ tục không thực hiện qua kênh " + channel, "the procedure is not offered through " + channel);
        }
        Agency agency;
        try {
            agency = agencies.resolve(input.agencyCode().strip(), today);
        } catch (NotFoundException e) {
            throw ValidationException.of("agencyCode", "unknown", "Không có cơ quan " + input.agencyCode(),
                "no agency " + input.agencyCode());
        }
        if (!procedure.agencyCodes().contains(agency.code())) {
            throw ValidationException.of("agencyCode", "not-handling",
                "Cơ quan " + agency.code() + " không giải quyết thủ tục này",
                "agency " + agency.code() + " does not handle this procedure");
        }
        ProcedureForms.Form form = ProcedureForms.form(eforms, procedure.code(), input.formData(), formJson,
            channel == Channel.ONLINE && !draft);
        return new Prepared(procedure, agency, province(agency.code()), form.json(), form.revision(), delivery,
            input.note() == null ? null : input.note().strip());
    }

    private String checkForm(Checks c, Map<String, Object> form) {
        if (form == null) {
            return null;
        }
        if (form.size() > MAX_FORM_FIELDS) {
            c.add("formData", "too-many-fields", "Biểu mẫu có quá nhiều trường (tối đa " + MAX_FORM_FIELDS + ")",
                "too many form fields (at most " + MAX_FORM_FIELDS + ")");
            return null;
        }
        String json = Dossiers.write(new LinkedHashMap<>(form));
        if (json.length() > config.maxFormDataChars()) {
            c.add("formData", "too-large", "Dữ liệu biểu mẫu quá lớn", "the form data is too large");
        }
        return json;
    }

    private static ResultDelivery checkDelivery(Checks c, ResultDelivery delivery, boolean draft) {
        if (delivery == null) {
            if (!draft) {
                c.required("delivery.method", null);
            }
            return new ResultDelivery(ResultDelivery.Method.COUNTER, null);
        }
        c.required("delivery.method", delivery.method());
        String address = delivery.postalAddress() == null || delivery.postalAddress().isBlank() ? null
            : delivery.postalAddress().strip();
        if (delivery.method() == ResultDelivery.Method.POST) {
            c.requiredText("delivery.postalAddress", address, 500);
        } else if (address != null) {
            c.maxLength("delivery.postalAddress", address, 500);
        }
        return new ResultDelivery(delivery.method() == null ? ResultDelivery.Method.COUNTER : delivery.method(),
            address);
    }

    private static Applicant checkApplicant(Checks c, Applicant a) {
        if (!c.required("applicant", a)) {
            return null;
        }
        c.required("applicant.kind", a.kind());
        c.requiredText("applicant.name", a.name(), 200);
        if (a.idNumber() != null && !a.idNumber().isBlank()) {
            Pattern format = a.kind() == Applicant.Kind.ORGANISATION ? Pattern.compile("\\d{10}(-\\d{3})?")
                : Pattern.compile("\\d{12}");
            c.matches("applicant.idNumber", a.idNumber().strip(), format,
                a.kind() == Applicant.Kind.ORGANISATION ? "mã số thuế 10 hoặc 13 chữ số" : "số căn cước 12 chữ số",
                a.kind() == Applicant.Kind.ORGANISATION ? "a 10- or 13-digit tax code" : "a 12-digit ID number");
        }
        c.maxLength("applicant.address", a.address(), 500);
        c.maxLength("applicant.phone", a.phone(), 16);
        c.maxLength("applicant.email", a.email(), 254);
        return new Applicant(a.kind(), a.idNumber() == null ? null : a.idNumber().strip(),
            a.name() == null ? null : a.name().strip(), a.address(), a.phone(), a.email());
    }

    private static String checkSupplement(SupplementRequest request) {
        Checks c = new Checks();
        if (request == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.notEmpty("items", request.items())) {
            if (request.items().size() > 100) {
                c.add("items", "too-many", "Tối đa 100 mục", "at most 100 items");
            }
            for (int i = 0; i < request.items().size() && i < 100; i++) {
                SupplementRequest.MissingItem item = request.items().get(i);
                if (c.required("items[" + i + "]", item)) {
                    c.requiredText("items[" + i + "].component", item.component(), 500);
                    c.requiredText("items[" + i + "].reason", item.reason(), 2000);
                }
            }
        }
        c.maxLength("note", request.note(), 2000);
        c.throwIfAny();
        return Dossiers.write(request.items());
    }

    private static String requiredReason(Reason reason) {
        Checks c = new Checks();
        c.requiredText("reason", reason == null ? null : reason.reason(), 2000);
        c.throwIfAny();
        return reason.reason().strip();
    }

    private static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw ValidationException.of("Idempotency-Key", "invalid",
                "Khóa chống gửi trùng phải gồm 8–64 ký tự chữ, số, '-' hoặc '_'",
                "the idempotency key must be 8-64 characters of letters, digits, '-' or '_'");
        }
        return key;
    }

    private Dossier byIdempotencyKey(String accountId, String key) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<DossierEntity> found = em.createQuery("SELECT d FROM DossierEntity d WHERE d.submittedBy = :a "
                    + "AND d.idempotencyKey = :k", DossierEntity.class).setParameter("a", accountId)
                .setParameter("k", key).getResultList();
            return found.isEmpty() ? null : Dossiers.toDto(found.get(0));
        });
    }

    private static Dossier sameSubmission(Dossier earlier, Prepared p) {
        if (!earlier.procedureCode().equals(p.procedure.code())) {
            throw new ConflictException("idempotency-key-reused",
                "Khóa chống gửi trùng đã dùng cho một hồ sơ khác", "the idempotency key was used for another dossier");
        }
        return earlier;
    }

    private DossierEntity newDossier(Prepared p, Channel channel, LocalDateTime now) {
        DossierEntity d = new DossierEntity();
        d.setId(java.util.UUID.randomUUID().toString());
        d.setChannel(channel.name());
        d.setCreatedAt(Dossiers.ts(instant()));
        d.setStatusChangedAt(Dossiers.ts(instant()));
        d.setApplicantKind(Applicant.Kind.CITIZEN.name());
        d.setApplicantName("");
        fill(d, p);
        return d;
    }

    private static void fill(DossierEntity d, Prepared p) {
        d.setProcedureCode(p.procedure.code());
        d.setProcedureVersion(p.procedure.version());
        d.setProcedureName(p.procedure.nameVi());
        d.setSectorCode(p.procedure.sectorCode());
        d.setAgencyCode(p.agency.code());
        d.setProvince(p.province);
        d.setFormData(p.formJson);
        d.setEformRevision(p.eformRevision);
        d.setDeliveryMethod(p.delivery.method().name());
        d.setDeliveryAddress(p.delivery.postalAddress());
        d.setNote(p.note);
        d.setLimitValue(p.procedure.processingTime().value() == null ? java.math.BigDecimal.ZERO
            : p.procedure.processingTime().value());
        d.setLimitUnit(p.procedure.processingTime().unit().name());
    }

    private static void applicantFromAccount(DossierEntity d, Account account, String address) {
        d.setApplicantAccountId(account.id());
        d.setApplicantKind(account.kind() == Account.AccountKind.ORGANISATION ? Applicant.Kind.ORGANISATION.name()
            : Applicant.Kind.CITIZEN.name());
        d.setApplicantIdNumber(account.login());
        d.setApplicantName(account.displayName());
        d.setApplicantEmail(account.email());
        d.setApplicantPhone(account.phone());
        d.setApplicantAddress(address == null || address.isBlank() ? null : address.strip());
    }

    private void setStatus(DossierEntity d, DossierStatus s) {
        d.setStatus(s.name());
        d.setStatusCode(s.code());
        d.setStatusChangedAt(Dossiers.ts(instant()));
    }

    private String codePrefix(String procedureCode, LocalDateTime now) {
        return Codes.prefix(procedureCode, now.toLocalDate(), config.centralServiceProcedures(),
            config.centralServiceCodePrefix());
    }

    /** The province of an agency: the last part of its QCVN 102 code (e.g. H56), if the calendar serves it. */
    private String province(String agencyCode) {
        int dot = agencyCode.lastIndexOf('.');
        String candidate = dot < 0 ? null : agencyCode.substring(dot + 1);
        return candidate != null && calendars.provinces().contains(candidate) ? candidate
            : calendars.defaultProvince();
    }

    private ProvinceCalendar calendar(DossierEntity d) {
        return calendars.calendar(d.getProvince());
    }

    private LocalDateTime intakeDue(String province, LocalDateTime submittedAt) {
        return calendars.calendar(province).dueDate(submittedAt, TimeLimit.workingHours(config.intakeWorkingHours()),
            ClockKind.ACCEPTANCE).dueAt();
    }

    private Caller applicant() {
        Caller caller = CallerContext.current();
        if (caller.kind() != Caller.Kind.APPLICANT || !caller.has(Role.APPLICANT)) {
            throw ForbiddenException.outOfScope("nộp hồ sơ (chỉ dành cho tài khoản công dân, tổ chức)",
                "submitting dossiers (applicant accounts only)");
        }
        return caller;
    }

    private Account account(Caller caller) {
        return accounts.find(caller.accountId()).orElseThrow(() -> ForbiddenException.outOfScope(
            "nộp hồ sơ", "submitting dossiers"));
    }

    private void auditRead(Caller caller, DossierEntity d) {
        AuditLog log = audit;
        if (log != null && !Scope.isApplicantOf(caller, d)) {
            log.record(AuditRecord.success("dossier.read", "dossier", d.getCode() == null ? d.getId() : d.getCode(),
                "read by staff").personal());
        }
    }

    private static String text(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw ValidationException.of("note", "too-long", "Ghi chú quá dài (tối đa " + max + " ký tự)",
                "the note is too long (at most " + max + " characters)");
        }
        return t;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private Instant instant() {
        return clock.instant();
    }

    private static DossierEntity byCode(EntityManager em, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw Scope.notFound(String.valueOf(code));
        }
        List<DossierEntity> found = em.createQuery("SELECT d FROM DossierEntity d WHERE d.code = :c",
            DossierEntity.class).setParameter("c", code).getResultList();
        if (found.isEmpty()) {
            throw Scope.notFound(code);
        }
        return found.get(0);
    }

    private static boolean isCode(String ref) {
        return ref != null && CODE.matcher(ref).matches();
    }

    /** A dossier by its code, or by its id (a draft has no code). */
    private static DossierEntity byRef(EntityManager em, String ref) {
        return isCode(ref) ? byCode(em, ref) : byId(em, ref);
    }

    private static DossierEntity byId(EntityManager em, String id) {
        DossierEntity d = id == null || id.length() > 36 ? null : em.find(DossierEntity.class, id);
        if (d == null) {
            throw Scope.notFound(String.valueOf(id));
        }
        return d;
    }

    /** A command on an existing dossier at the version the caller saw. */
    private Dossier command(String code, long version, Command work) {
        return write(em -> {
            DossierEntity d = byCode(em, code);
            if (d.getRowVersion() != version) {
                Scope.requireVisible(CallerContext.current(), d);
                throw new ConflictException("stale-version",
                    "Hồ sơ vừa được người khác thay đổi (phiên bản " + d.getRowVersion() + "); hãy tải lại",
                    "The dossier was changed meanwhile (version " + d.getRowVersion() + "); reload it");
            }
            DossierEntity changed = work.apply(em, d);
            em.flush();
            return Dossiers.toDto(changed);
        });
    }

    @FunctionalInterface
    private interface Command {
        DossierEntity apply(EntityManager em, DossierEntity d);
    }

    private <R> R write(Function<EntityManager, R> work) {
        return JpaTransactions.write(jpa, work);
    }

    /**
     * Creating a dossier can lose a race that is not the caller's concern (two first dossiers of a day creating the
     * agency's sequence row): retried a few times before answering 409.
     */
    private <R> R writeRetrying(Function<EntityManager, R> work) {
        ConflictException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return JpaTransactions.write(jpa, work);
            } catch (ConflictException e) {
                if (!"concurrent-change".equals(e.code())) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }
}
