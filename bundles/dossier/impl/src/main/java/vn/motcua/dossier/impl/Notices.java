package vn.motcua.dossier.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import vn.motcua.calendar.engine.DurationUnit;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.documents.api.FormType;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.dossier.api.Notice;
import vn.motcua.dossier.api.ResultDelivery;
import vn.motcua.dossier.api.SupplementRequest;
import vn.motcua.dossier.impl.entity.AttachmentEntity;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.dossier.impl.entity.NoticeEntity;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.Caller;

/**
 * Issues the notices of a dossier in the transaction of the status change that calls for them, keeping what they say
 * as it was decided then (the applicant as submitted, the components handed in, the appointment, the missing items,
 * the reason). Who the issuing agency is, and the lookup link, are added when the PDF is rendered
 * ({@link NoticeRenderer}).
 */
final class Notices {
    /** What a notice says, frozen when issued. Times are local times in Vietnam (ISO). */
    record Content(String applicantName, String applicantAddress, String applicantPhone, String applicantEmail,
                   String issuedByName, String issuedAt, List<Component> components, String statutoryTime,
                   String receivedAt, String appointment, String resultDelivery, Integer supplementCount,
                   List<Item> items, String deadline, String note, String reason) {
    }

    /** A row of the receipt's component table. {@code form} is a ComponentForm name. */
    record Component(String name, String form, int quantity) {
    }

    record Item(String component, String reason) {
    }

    private Notices() {
    }

    /**
     * Giấy tiếp nhận (Mẫu 01): the components are the files attached when it is issued (counted per component and
     * form) or, for a paper dossier not yet digitised, the components the procedure requires — a dossier is received
     * only when complete.
     */
    static void receipt(EntityManager em, DossierEntity d, int seq, Caller by, LocalDateTime at,
                        Supplier<List<DossierComponent>> declared) {
        // a dossier created in this transaction has no files yet
        List<Component> components = d.isCreating() ? new ArrayList<>() : attached(em, d.getId());
        boolean online = Channel.ONLINE.name().equals(d.getChannel());
        if (components.isEmpty()) {
            for (DossierComponent c : declared.get()) {
                String form = online || c.form() == null ? "ELECTRONIC" : c.form().name();
                components.add(new Component(c.name(), form, c.quantity() == null || c.quantity() < 1 ? 1
                    : c.quantity()));
            }
        }
        if (online && d.getFormData() != null && !"{}".equals(d.getFormData())) {
            // the e-form the applicant filled is itself a component of an online dossier
            components.add(0, new Component("Tờ khai, biểu mẫu điện tử đã kê khai trên Cổng Dịch vụ công",
                "ELECTRONIC", 1));
        }
        if (components.isEmpty()) {
            // a procedure catalogued without its component list: the receipt still states what was handed in
            components.add(new Component("Hồ sơ theo quy định của thủ tục", online ? "ELECTRONIC" : "ORIGINAL", 1));
        }
        LocalDateTime received = Dossiers.local(d.getReceivedAt());
        LocalDateTime appointment = d.getDueAt() == null ? received : Dossiers.local(d.getDueAt());
        LegalRegime regime = LegalRegime.forReceipt(received.toLocalDate());
        issue(em, d, Notice.Kind.RECEIPT, seq, by, at, new Content(d.getApplicantName(), d.getApplicantAddress(),
            d.getApplicantPhone(), d.getApplicantEmail(), by.displayName(), at.toString(), components,
            statutoryTime(d), received.toString(), appointment.toString(), resultDelivery(d, regime),
            d.getSupplementCount(), null, null, null, null));
    }

    /** Phiếu yêu cầu bổ sung (Mẫu 02): everything missing, and until when the applicant may supplement. */
    static void supplementRequest(EntityManager em, DossierEntity d, int seq, Caller by, LocalDateTime at,
                                  List<SupplementRequest.MissingItem> missing, String note) {
        List<Item> items = missing.stream().map(i -> new Item(i.component().strip(), i.reason().strip())).toList();
        LocalDateTime deadline = Dossiers.local(d.getWaitDeadline());
        issue(em, d, Notice.Kind.SUPPLEMENT_REQUEST, seq, by, at, new Content(d.getApplicantName(),
            d.getApplicantAddress(), d.getApplicantPhone(), d.getApplicantEmail(), by.displayName(), at.toString(),
            null, null, null, null, null, null, items, deadline == null ? null : deadline.toString(), note, null));
    }

    /** Phiếu từ chối (Mẫu 03). */
    static void refusal(EntityManager em, DossierEntity d, int seq, Caller by, LocalDateTime at, String reason) {
        issue(em, d, Notice.Kind.REFUSAL, seq, by, at, new Content(d.getApplicantName(), d.getApplicantAddress(),
            d.getApplicantPhone(), d.getApplicantEmail(), by.displayName(), at.toString(), null, null, null, null,
            null, null, null, null, null, reason));
    }

    static List<Notice> list(EntityManager em, String dossierId, String code) {
        return em.createQuery("SELECT n FROM NoticeEntity n WHERE n.dossierId = :d ORDER BY n.transitionSeq",
                NoticeEntity.class).setParameter("d", dossierId).getResultList().stream()
            .map(n -> toDto(n, code)).toList();
    }

    static NoticeEntity find(EntityManager em, String dossierId, String noticeId) {
        NoticeEntity n = noticeId == null || noticeId.length() > 36 ? null : em.find(NoticeEntity.class, noticeId);
        if (n == null || !n.getDossierId().equals(dossierId)) {
            throw new NotFoundException("phiếu", "Notice", String.valueOf(noticeId));
        }
        return n;
    }

    static NoticeEntity latest(EntityManager em, String dossierId, Notice.Kind kind) {
        List<NoticeEntity> found = em.createQuery("SELECT n FROM NoticeEntity n WHERE n.dossierId = :d "
                + "AND n.kind = :k ORDER BY n.number DESC", NoticeEntity.class).setParameter("d", dossierId)
            .setParameter("k", kind.name()).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("phiếu", "Notice", kind.name());
        }
        return found.get(0);
    }

    static Notice toDto(NoticeEntity n, String code) {
        Notice.Kind kind = Notice.Kind.valueOf(n.getKind());
        String file = formType(kind).fileName(code);
        if (n.getNumber() > 1) {
            file = file.substring(0, file.length() - ".pdf".length()) + "-" + n.getNumber() + ".pdf";
        }
        return new Notice(n.getId(), kind, n.getNumber(), n.getIssuedAt().toLocalDateTime(), n.getIssuedByName(),
            file);
    }

    static FormType formType(Notice.Kind kind) {
        return switch (kind) {
            case RECEIPT -> FormType.RECEIPT;
            case SUPPLEMENT_REQUEST -> FormType.SUPPLEMENT_REQUEST;
            case REFUSAL -> FormType.REFUSAL;
        };
    }

    static Content content(NoticeEntity n) {
        try {
            return Dossiers.JSON.readValue(n.getContent(), Content.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored notice " + n.getId() + " is not readable", e);
        }
    }

    private static void issue(EntityManager em, DossierEntity d, Notice.Kind kind, int transitionSeq, Caller by,
                              LocalDateTime at, Content content) {
        Number last = d.isCreating() ? null : (Number) em.createQuery("SELECT MAX(n.number) FROM NoticeEntity n "
            + "WHERE n.dossierId = :d AND n.kind = :k").setParameter("d", d.getId()).setParameter("k", kind.name())
            .getSingleResult();
        NoticeEntity n = new NoticeEntity();
        n.setId(UUID.randomUUID().toString());
        n.setDossierId(d.getId());
        n.setKind(kind.name());
        n.setTransitionSeq(transitionSeq);
        n.setNumber(last == null ? 1 : last.intValue() + 1);
        n.setIssuedAt(Timestamp.valueOf(at));
        n.setIssuedBy(by.accountId());
        n.setIssuedByName(by.displayName());
        n.setContent(Dossiers.write(content));
        em.persist(n);
    }

    /** The files attached so far, one row per component and form, in the order they were first attached. */
    private static List<Component> attached(EntityManager em, String dossierId) {
        List<AttachmentEntity> files = em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.dossierId = :d "
            + "AND a.removedAt IS NULL ORDER BY a.uploadedAt, a.id", AttachmentEntity.class)
            .setParameter("d", dossierId).getResultList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (AttachmentEntity a : files) {
            String key = a.getComponent() + "\u0000" + a.getComponentForm();
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            keys.putIfAbsent(key, new String[] {a.getComponent(), a.getComponentForm()});
        }
        List<Component> rows = new ArrayList<>();
        keys.forEach((key, k) -> rows.add(new Component(k[0], k[1], counts.get(key)[0])));
        return rows;
    }

    /** "15 ngày làm việc", "0,5 ngày làm việc", "8 giờ làm việc", "30 ngày", "Giải quyết ngay". */
    static String statutoryTime(DossierEntity d) {
        DurationUnit unit = DurationUnit.valueOf(d.getLimitUnit());
        BigDecimal value = d.getLimitValue() == null ? BigDecimal.ZERO : d.getLimitValue();
        String n = value.stripTrailingZeros().toPlainString().replace('.', ',');
        return switch (unit) {
            case WORKING_DAYS -> n + " ngày làm việc";
            case WORKING_HOURS -> n + " giờ làm việc";
            case CALENDAR_DAYS -> n + " ngày";
            case IMMEDIATE -> "Giải quyết ngay";
        };
    }

    private static String resultDelivery(DossierEntity d, LegalRegime regime) {
        return switch (ResultDelivery.Method.valueOf(d.getDeliveryMethod())) {
            case COUNTER -> "Tại " + regime.oneStopUnit();
            case POST -> "Qua dịch vụ bưu chính công ích đến địa chỉ: " + d.getDeliveryAddress();
            case ONLINE -> "Trực tuyến, qua tài khoản của người nộp trên Cổng Dịch vụ công";
        };
    }
}
