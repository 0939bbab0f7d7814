package vn.motcua.dossier.rest;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.dossier.api.Attachment;
import vn.motcua.dossier.api.AttachmentContent;
import vn.motcua.dossier.api.CounterIntakeInput;
import vn.motcua.dossier.api.Dossier;
import vn.motcua.dossier.api.DossierService;
import vn.motcua.dossier.api.DossierSummary;
import vn.motcua.dossier.api.DossierTransition;
import vn.motcua.dossier.api.Notice;
import vn.motcua.dossier.api.NoticeFile;
import vn.motcua.dossier.api.PaymentRequest;
import vn.motcua.dossier.api.Reason;
import vn.motcua.dossier.api.ReusableDocument;
import vn.motcua.dossier.api.SubmissionInput;
import vn.motcua.dossier.api.SupplementRequest;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /dossiers}: nộp, tiếp nhận, bổ sung, từ chối, rút hồ sơ. The roles below let a caller reach an operation; the
 * service then checks the dossier itself (its applicant, or staff whose agency subtree and assignment reach it).
 * Commands carry the {@code version} the caller saw: two officers acting at once get one success and one 409.
 */
@Component(service = RestResource.class)
@Path("/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "dossiers", description = "Hồ sơ: nộp trực tuyến, tiếp nhận, bổ sung, từ chối, rút / "
    + "Dossiers: online submission, intake, supplements, refusal, withdrawal")
public class DossierResource implements RestResource {
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Reference
    DossierService dossiers;

    @POST
    @Access(Role.APPLICANT)
    @ApiTag("Nộp hồ sơ trực tuyến (trạng thái 1); gửi lại cùng Idempotency-Key không tạo hồ sơ thứ hai / "
        + "Submit online (status 1); a retry with the same Idempotency-Key never creates a second dossier")
    @ResponseType(value = Dossier.class, status = 201)
    public Response submit(SubmissionInput input, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return created(dossiers.submit(null, Bodies.body(input), key));
    }

    @POST
    @Path("/drafts")
    @Access(Role.APPLICANT)
    @ApiTag("Lưu hồ sơ nháp / Save a draft")
    @ResponseType(value = Dossier.class, status = 201)
    public Response saveDraft(SubmissionInput input) {
        Dossier d = dossiers.saveDraft(null, Bodies.body(input));
        return Response.created(UriBuilder.fromPath("/dossiers/drafts/{id}").build(d.id())).entity(d).build();
    }

    @PUT
    @Path("/drafts/{id}")
    @Access(Role.APPLICANT)
    @ApiTag("Sửa hồ sơ nháp / Update a draft")
    public Dossier updateDraft(@PathParam("id") String id, SubmissionInput input) {
        return dossiers.saveDraft(id, Bodies.body(input));
    }

    @GET
    @Path("/drafts/{id}")
    @Access(Role.APPLICANT)
    @ApiTag("Xem hồ sơ nháp / A draft")
    public Dossier draft(@PathParam("id") String id) {
        return dossiers.getById(id);
    }

    @POST
    @Path("/drafts/{id}/submission")
    @Access(Role.APPLICANT)
    @ApiTag("Nộp hồ sơ nháp / Submit a draft")
    @ResponseType(value = Dossier.class, status = 201)
    public Response submitDraft(@PathParam("id") String id, SubmissionInput input,
                                @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return created(dossiers.submit(id, Bodies.body(input), key));
    }

    @GET
    @Path("/mine")
    @Access(Role.APPLICANT)
    @ApiTag("Hồ sơ của tôi / My dossiers")
    @ResponseType(value = DossierSummary.class, container = ResponseType.Container.PAGE)
    public Page<DossierSummary> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return dossiers.mine(PageRequest.parse(page, size, List.of(), Set.of(), List.of()));
    }

    @GET
    @Path("/intake-queue")
    @Access({Role.ONE_STOP_OFFICER, Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR})
    @ApiTag("Hồ sơ trực tuyến chờ tiếp nhận, hạn gần nhất trước; overdue=true: chỉ hồ sơ quá 8 giờ làm việc / "
        + "Online dossiers awaiting intake, closest deadline first; overdue=true: only those past 8 working hours")
    @ResponseType(value = DossierSummary.class, container = ResponseType.Container.PAGE)
    public Page<DossierSummary> intakeQueue(@QueryParam("agency") String agency,
                                            @QueryParam("overdue") boolean overdue, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size) {
        return dossiers.intakeQueue(agency, overdue, PageRequest.parse(page, size, List.of(), Set.of(), List.of()));
    }

    @POST
    @Path("/counter")
    @Access(Role.ONE_STOP_OFFICER)
    @ApiTag("Tiếp nhận hồ sơ giấy tại quầy hoặc qua bưu chính (trạng thái 2, cấp giấy tiếp nhận) / "
        + "Receive a paper dossier at the counter or by post (status 2, receipt issued)")
    @ResponseType(value = Dossier.class, status = 201)
    public Response receiveAtCounter(CounterIntakeInput input, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return created(dossiers.receiveAtCounter(Bodies.body(input), key));
    }

    @GET
    @Path("/{code}")
    @Access(authenticated = true)
    @ApiTag("Một hồ sơ (người nộp, hoặc cán bộ trong phạm vi) / A dossier (its applicant, or staff in scope)")
    public Dossier get(@PathParam("code") String code) {
        return dossiers.get(code);
    }

    @GET
    @Path("/{code}/history")
    @Access(authenticated = true)
    @ApiTag("Quá trình xử lý: ai, khi nào, từ trạng thái nào sang trạng thái nào, lý do / "
        + "History: who, when, from, to, why")
    @ResponseType(value = DossierTransition.class, container = ResponseType.Container.LIST)
    public List<DossierTransition> history(@PathParam("code") String code) {
        return dossiers.history(code);
    }

    @POST
    @Path("/{code}/acceptance")
    @Access(Role.ONE_STOP_OFFICER)
    @ApiTag("Tiếp nhận hồ sơ trực tuyến: cấp giấy tiếp nhận, hẹn trả kết quả / "
        + "Accept an online dossier: receipt and appointment")
    public Dossier accept(@PathParam("code") String code, Bodies.VersionedNote body) {
        return dossiers.accept(code, Bodies.version(Bodies.body(body).version()));
    }

    @POST
    @Path("/{code}/supplement-request")
    @Access(Role.ONE_STOP_OFFICER)
    @ApiTag("Yêu cầu bổ sung, hoàn thiện hồ sơ (mọi thiếu sót trong một lần) / "
        + "Request a supplement (everything missing, in one notice)")
    public Dossier requestSupplement(@PathParam("code") String code, Bodies.SupplementBody body) {
        Bodies.SupplementBody b = Bodies.body(body);
        return dossiers.requestSupplement(code, Bodies.version(b.version()),
            new SupplementRequest(b.items(), b.note()));
    }

    @POST
    @Path("/{code}/supplement")
    @Access({Role.APPLICANT, Role.ONE_STOP_OFFICER})
    @ApiTag("Nộp bổ sung (người nộp trực tuyến, hoặc cán bộ tại quầy) / Hand in the supplement (applicant online, or "
        + "officer at the counter)")
    public Dossier supplement(@PathParam("code") String code, Bodies.VersionedNote body) {
        Bodies.VersionedNote b = Bodies.body(body);
        return dossiers.supplement(code, Bodies.version(b.version()), b.note());
    }

    @POST
    @Path("/{code}/refusal")
    @Access(Role.ONE_STOP_OFFICER)
    @ApiTag("Từ chối tiếp nhận, nêu lý do (trạng thái 3) / Refuse with a reason (status 3)")
    public Dossier refuse(@PathParam("code") String code, Bodies.VersionedReason body) {
        Bodies.VersionedReason b = Bodies.body(body);
        return dossiers.refuse(code, Bodies.version(b.version()), new Reason(b.reason()));
    }

    @POST
    @Path("/{code}/transfer")
    @Access(Role.ONE_STOP_OFFICER)
    @ApiTag("Chuyển hồ sơ đã tiếp nhận sang xử lý (trạng thái 4) / Hand a received dossier over for processing")
    public Dossier transfer(@PathParam("code") String code, Bodies.VersionedNote body) {
        Bodies.VersionedNote b = Bodies.body(body);
        return dossiers.transfer(code, Bodies.version(b.version()), b.note());
    }

    @POST
    @Path("/{code}/payment-request")
    @Access({Role.ONE_STOP_OFFICER, Role.SPECIALIST})
    @ApiTag("Yêu cầu thực hiện nghĩa vụ tài chính (trạng thái 6, tạm dừng tính thời gian) / "
        + "Ask for a financial obligation (status 6, the clock stops)")
    public Dossier requestPayment(@PathParam("code") String code, Bodies.PaymentBody body) {
        Bodies.PaymentBody b = Bodies.body(body);
        return dossiers.requestPayment(code, Bodies.version(b.version()),
            new PaymentRequest(b.amountVnd(), b.description(), b.note()));
    }

    @POST
    @Path("/{code}/payment-confirmation")
    @Access({Role.ONE_STOP_OFFICER, Role.SPECIALIST})
    @ApiTag("Xác nhận đã thực hiện nghĩa vụ tài chính (trở lại trạng thái 4; thời gian chờ không tính) / "
        + "Confirm the obligation was met (back to status 4; the wait is not counted)")
    public Dossier confirmPayment(@PathParam("code") String code, Bodies.ConfirmationBody body) {
        Bodies.ConfirmationBody b = Bodies.body(body);
        return dossiers.confirmPayment(code, Bodies.version(b.version()), b.reference());
    }

    @POST
    @Path("/{code}/withdrawal")
    @Access(Role.APPLICANT)
    @ApiTag("Rút hồ sơ (trước khi có kết quả) / Withdraw (before the result is ready)")
    public Dossier withdraw(@PathParam("code") String code, Bodies.VersionedReason body) {
        Bodies.VersionedReason b = Bodies.body(body);
        return dossiers.withdraw(code, Bodies.version(b.version()), new Reason(b.reason()));
    }

    @POST
    @Path("/drafts/{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Access(Role.APPLICANT)
    @ApiTag("Đính kèm tệp vào hồ sơ nháp (kiểu tệp xác định từ nội dung) / Attach a file to a draft (type read from "
        + "the content)")
    @ResponseType(value = Attachment.class, status = 201)
    public Response attachToDraft(@PathParam("id") String id, @QueryParam("component") String component,
                                  @QueryParam("form") ComponentForm form, @QueryParam("fileName") String fileName,
                                  InputStream content) {
        Attachment a = dossiers.attach(id, component, form, fileName, content);
        return Response.created(UriBuilder.fromPath("/dossiers/drafts/{id}/attachments/{a}").build(id, a.id()))
            .entity(a).build();
    }

    @POST
    @Path("/drafts/{id}/attachments/reuse")
    @Access(Role.APPLICANT)
    @ApiTag("Dùng lại giấy tờ đã nộp với hồ sơ trước (không phải tải lên lại) / Attach a file handed in with an "
        + "earlier dossier (no upload again)")
    @ResponseType(value = Attachment.class, status = 201)
    public Response reuseInDraft(@PathParam("id") String id, Bodies.ReuseBody body) {
        return reused(id, "/dossiers/drafts/{id}/attachments/{a}", body);
    }

    @POST
    @Path("/{code}/attachments/reuse")
    @Access(Role.APPLICANT)
    @ApiTag("Dùng lại giấy tờ đã nộp khi bổ sung hồ sơ / Attach a file handed in earlier, when supplementing")
    @ResponseType(value = Attachment.class, status = 201)
    public Response reuse(@PathParam("code") String code, Bodies.ReuseBody body) {
        return reused(code, "/dossiers/{code}/attachments/{a}", body);
    }

    @GET
    @Path("/mine/documents")
    @Access(Role.APPLICANT)
    @ApiTag("Giấy tờ tôi đã nộp với các hồ sơ trước, để dùng lại / Files I handed in with earlier dossiers, to reuse")
    @ResponseType(value = ReusableDocument.class, container = ResponseType.Container.LIST)
    public List<ReusableDocument> reusableDocuments() {
        return dossiers.reusableDocuments();
    }

    private Response reused(String ref, String location, Bodies.ReuseBody body) {
        Bodies.ReuseBody b = Bodies.body(body);
        Attachment a = dossiers.reuse(ref, b.attachmentId(), b.component(), b.form());
        return Response.created(UriBuilder.fromPath(location).build(ref, a.id())).entity(a).build();
    }

    @GET
    @Path("/drafts/{id}/attachments")
    @Access(Role.APPLICANT)
    @ApiTag("Tệp của hồ sơ nháp / Files of a draft")
    @ResponseType(value = Attachment.class, container = ResponseType.Container.LIST)
    public List<Attachment> draftAttachments(@PathParam("id") String id) {
        return dossiers.attachments(id);
    }

    @POST
    @Path("/{code}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Access({Role.APPLICANT, Role.ONE_STOP_OFFICER})
    @ApiTag("Đính kèm tệp: người nộp khi bổ sung, cán bộ một cửa khi số hóa hồ sơ giấy / Attach a file: the applicant "
        + "when supplementing, the officer when digitising a paper dossier")
    @ResponseType(value = Attachment.class, status = 201)
    public Response attach(@PathParam("code") String code, @QueryParam("component") String component,
                           @QueryParam("form") ComponentForm form, @QueryParam("fileName") String fileName,
                           InputStream content) {
        Attachment a = dossiers.attach(code, component, form, fileName, content);
        return Response.created(UriBuilder.fromPath("/dossiers/{code}/attachments/{a}").build(code, a.id()))
            .entity(a).build();
    }

    @GET
    @Path("/{code}/attachments")
    @Access(authenticated = true)
    @ApiTag("Tệp của hồ sơ / Files of a dossier")
    @ResponseType(value = Attachment.class, container = ResponseType.Container.LIST)
    public List<Attachment> attachments(@PathParam("code") String code) {
        return dossiers.attachments(code);
    }

    @GET
    @Path("/{code}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Access(authenticated = true)
    @ApiTag("Tải tệp đính kèm / Download a file")
    public Response download(@PathParam("code") String code, @PathParam("attachmentId") String attachmentId) {
        AttachmentContent file = dossiers.attachment(code, attachmentId);
        String encoded = URLEncoder.encode(file.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
            .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
            .header("ETag", "\"" + file.attachment().sha256() + "\"")
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    @GET
    @Path("/{code}/notices")
    @Access(authenticated = true)
    @ApiTag("Phiếu đã cấp cho hồ sơ: giấy tiếp nhận (Mẫu 01), yêu cầu bổ sung (02), từ chối (03) / "
        + "Notices issued for the dossier: receipt (form 01), supplement request (02), refusal (03)")
    @ResponseType(value = Notice.class, container = ResponseType.Container.LIST)
    public List<Notice> notices(@PathParam("code") String code) {
        return dossiers.notices(code);
    }

    @GET
    @Path("/{code}/notices/{noticeId}")
    @Produces("application/pdf")
    @Access(authenticated = true)
    @ApiTag("Tải phiếu (PDF) / Download a notice (PDF)")
    public Response notice(@PathParam("code") String code, @PathParam("noticeId") String noticeId) {
        return pdf(dossiers.notice(code, noticeId));
    }

    @GET
    @Path("/{code}/receipt")
    @Produces("application/pdf")
    @Access(authenticated = true)
    @ApiTag("Giấy tiếp nhận và hẹn trả kết quả đang có hiệu lực (PDF) / The receipt in force (PDF)")
    public Response receipt(@PathParam("code") String code) {
        return pdf(dossiers.latestNotice(code, Notice.Kind.RECEIPT));
    }

    private static Response pdf(NoticeFile file) {
        return Response.ok(file.pdf(), "application/pdf")
            .header("Content-Disposition", "attachment; filename=\"" + file.notice().fileName() + "\"")
            .header("ETag", "\"" + file.sha256() + "\"")
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    private static Response created(Dossier d) {
        URI location = UriBuilder.fromPath("/dossiers/{code}").build(d.code());
        return Response.created(location).entity(d).build();
    }
}
