package vn.motcua.dossier.api;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/**
 * Intake and life-cycle of dossiers. Every method acts as the caller of {@code CallerContext}: applicants on their own
 * dossiers, staff within their agency subtree and assigned sectors/procedures. Every status change goes through one
 * status machine and is recorded (transition + outbox event) in the transaction of the change; {@code version} makes
 * two officers acting at once produce one winner and one 409.
 */
@ProviderType
public interface DossierService {

    /** Saves or replaces a draft (no code, no deadline). {@code id} null creates one. */
    Dossier saveDraft(String id, SubmissionInput input);

    /**
     * Submits online (status 1) and assigns the code. A retry with the same {@code idempotencyKey} by the same
     * applicant returns the dossier of the first call instead of creating another. {@code draftId} submits that draft.
     */
    Dossier submit(String draftId, SubmissionInput input, String idempotencyKey);

    /** Officer accepts an online dossier: status 2, receipt issued, appointment computed from the receipt time. */
    Dossier accept(String code, long version);

    /** Officer enters and receives a counter or postal dossier in one step (status 2, receipt issued). */
    Dossier receiveAtCounter(CounterIntakeInput input, String idempotencyKey);

    /** Officer asks for everything missing in one notice (status 5); the clock stops. */
    Dossier requestSupplement(String code, long version, SupplementRequest request);

    /** The applicant (online) or the officer (counter) hands in the supplement; a new receipt, same code. */
    Dossier supplement(String code, long version, String note);

    /** Officer refuses an online dossier with a reason (status 3). */
    Dossier refuse(String code, long version, Reason reason);

    /** Officer hands a received dossier over for processing (status 4). */
    Dossier transfer(String code, long version, String note);

    /**
     * Staff handling the dossier ask for a financial obligation (fee, charge, tax) before processing continues:
     * 4 → 6; the clock stops (the time spent paying is not counted).
     */
    Dossier requestPayment(String code, long version, PaymentRequest request);

    /**
     * The obligation is met — the payments capability on the payment platform's confirmation, or a one-stop officer
     * who took the payment at the counter: 6 → 4, the due date moves later by the working time spent waiting.
     */
    Dossier confirmPayment(String code, long version, String reference);

    /** The applicant withdraws (status 7); not once the result is ready (9, 10). */
    Dossier withdraw(String code, long version, Reason reason);

    /**
     * Attaches a file to a dossier, named by {@code dossierRef}: its id (drafts have no code yet) or its code. By its
     * applicant while it is a draft or a supplement was
     * requested, by a one-stop officer in scope while it is being received or processed (digitising paper). The bytes
     * are stored first (type sniffed, size limited, name cleaned); a refused file leaves the dossier unchanged.
     */
    Attachment attach(String dossierRef, String component, ComponentForm form, String fileName, InputStream content);

    /**
     * Attaches a file the applicant handed in with an earlier dossier of theirs (see {@link #reusableDocuments}): the
     * stored bytes are referenced again, not copied. Same rules as {@link #attach} — who, when, and the procedure's
     * formats and size limit.
     */
    Attachment reuse(String dossierRef, String attachmentId, String component, ComponentForm form);

    /** The calling applicant's files from earlier dossiers, newest first, each content once. */
    List<ReusableDocument> reusableDocuments();

    /** The dossier's files (dossier id or code), if the caller may see the dossier. */
    List<Attachment> attachments(String dossierRef);

    /** One file's bytes (dossier id or code), if the caller may see the dossier (staff reads are audited). */
    AttachmentContent attachment(String dossierRef, String attachmentId);

    /** The notices issued for the dossier, oldest first, if the caller may see it. */
    List<Notice> notices(String code);

    /** One notice as PDF (staff reads are audited). */
    NoticeFile notice(String code, String noticeId);

    /** The latest notice of a kind (e.g. the receipt in force) as PDF; 404 if none was issued. */
    NoticeFile latestNotice(String code, Notice.Kind kind);

    /** The dossier, if the caller may see it (its applicant, or staff whose scope reaches it). */
    Dossier get(String code);

    /** A dossier by id (drafts have no code yet). */
    Dossier getById(String id);

    List<DossierTransition> history(String code);

    /** Public lookup by code: no personal data. */
    PublicStatus lookup(String code);

    /** The calling applicant's dossiers, newest first. */
    Page<DossierSummary> mine(PageRequest page);

    /**
     * Online dossiers waiting for intake in the caller's scope (optionally one agency), the closest intake deadline
     * first, with working time left; {@code overdueOnly} keeps those past their 8 working hours (flagged
     * {@code overdue}).
     */
    Page<DossierSummary> intakeQueue(String agencyCode, boolean overdueOnly, PageRequest page);
}
