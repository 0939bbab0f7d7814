package vn.motcua.dossier.impl;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.dossier.api.Attachment;
import vn.motcua.dossier.api.AttachmentContent;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.api.ReusableDocument;
import vn.motcua.dossier.impl.entity.AttachmentEntity;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.BlobStore;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.StoredBlob;

/**
 * Files of a dossier. The bytes go to the {@link BlobStore} before any transaction (an upload may take seconds); the
 * row is written afterwards in a short transaction that checks again that the dossier still accepts files. A refused
 * upload writes nothing; a row whose transaction failed leaves an unreferenced blob for the store's sweep.
 */
final class Attachments {
    /** Who may add files in which status. */
    private static final Set<DossierStatus> APPLICANT_MAY_ATTACH = Set.of(DossierStatus.DRAFT,
        DossierStatus.SUPPLEMENT_REQUESTED);
    private static final Set<DossierStatus> OFFICER_MAY_ATTACH = Set.of(DossierStatus.RECEIVED,
        DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED);

    private Attachments() {
    }

    static Attachment attach(JpaTemplate jpa, BlobStore blobs, EFormService eforms, DossierConfig config, Caller caller,
                             String dossierId,
                             String component, ComponentForm form, String fileName, InputStream content,
                             Instant now) {
        Checks c = new Checks();
        c.requiredText("component", component, 500);
        c.required("form", form);
        c.requiredText("fileName", fileName, 255);
        c.throwIfAny();
        // who may attach, checked before the bytes are read
        DossierEntity dossier = jpa.txExpr(TransactionType.Supports, em -> {
            DossierEntity d = find(em, dossierId);
            mayAttach(em, caller, d, config);
            return d;
        });
        // the procedure's own limits (its e-form's attachment policy) on top of the global ones; a refused file is
        // refused by the store while streaming, before any row is written
        StoredBlob blob = blobs.put(content, ProcedureForms.upload(eforms, dossier.getProcedureCode(),
            dossier.getEformRevision(), fileName, config.maxAttachmentMegabytes()));
        return JpaTransactions.write(jpa, em -> {
            DossierEntity d = find(em, dossierId);
            mayAttach(em, caller, d, config);
            return persist(em, d, component, form, blob.key(), blob.sha256(), blob.size(),
                blob.contentType().name(), blob.fileName(), caller, now);
        });
    }

    /**
     * Attaches again a file of another dossier of the same applicant (once-only): a new row over the same blob. The
     * procedure's formats and size limit apply as to an upload.
     */
    static Attachment reuse(JpaTemplate jpa, EFormService eforms, DossierConfig config, Caller caller,
                            String dossierId, String sourceId, String component, ComponentForm form, Instant now) {
        Checks c = new Checks();
        c.requiredText("attachmentId", sourceId, 36);
        c.requiredText("component", component, 500);
        c.required("form", form);
        c.throwIfAny();
        DossierEntity target = jpa.txExpr(TransactionType.Supports, em -> find(em, dossierId));
        BlobRequest limits = ProcedureForms.upload(eforms, target.getProcedureCode(), target.getEformRevision(),
            "reused", config.maxAttachmentMegabytes());
        return JpaTransactions.write(jpa, em -> {
            DossierEntity d = find(em, dossierId);
            if (!Scope.isApplicantOf(caller, d)) {
                // only applicants bring their own earlier files; staff digitise what is handed in
                throw ForbiddenException.outOfScope("dùng lại giấy tờ của người nộp", "reusing the applicant's files");
            }
            mayAttach(em, caller, d, config);
            AttachmentEntity source = em.find(AttachmentEntity.class, sourceId.strip());
            DossierEntity from = source == null || source.getRemovedAt() != null ? null
                : em.find(DossierEntity.class, source.getDossierId());
            if (from == null || !Scope.isApplicantOf(caller, from)) {
                throw new NotFoundException("tệp đính kèm", "Attachment", sourceId);
            }
            ContentType type = ContentType.valueOf(source.getContentType());
            if (!limits.allowedTypes().contains(type)) {
                throw ValidationException.of("attachmentId", "file-type-not-allowed",
                    "Thủ tục này không nhận tệp " + type.name(), "this procedure does not accept " + type.name()
                        + " files");
            }
            if (source.getSizeBytes() > limits.maxBytes()) {
                throw ValidationException.of("attachmentId", "file-too-large",
                    "Tệp lớn hơn " + limits.maxBytes() / (1024 * 1024) + " MB mà thủ tục này nhận",
                    "the file is larger than the " + limits.maxBytes() / (1024 * 1024) + " MB this procedure accepts");
            }
            return persist(em, d, component, form, source.getBlobKey(), source.getSha256(), source.getSizeBytes(),
                source.getContentType(), source.getFileName(), caller, now);
        });
    }

    private static Attachment persist(EntityManager em, DossierEntity d, String component, ComponentForm form,
                                      String blobKey, String sha256, long size, String contentType, String fileName,
                                      Caller caller, Instant now) {
        AttachmentEntity a = new AttachmentEntity();
        a.setId(UUID.randomUUID().toString());
        a.setDossierId(d.getId());
        a.setComponent(component.strip());
        a.setComponentForm(form.name());
        a.setBlobKey(blobKey);
        a.setSha256(sha256);
        a.setSizeBytes(size);
        a.setContentType(contentType);
        a.setFileName(fileName);
        a.setUploadedBy(caller.accountId());
        a.setUploadedByName(caller.displayName());
        a.setUploadedAt(Timestamp.from(now));
        em.persist(a);
        return toDto(a);
    }

    /** The applicant's files of submitted dossiers, newest first, one per content (SHA-256), at most 200. */
    static List<ReusableDocument> reusable(EntityManager em, String accountId) {
        List<Object[]> rows = em.createQuery("SELECT a, d.code FROM AttachmentEntity a, DossierEntity d "
                + "WHERE a.dossierId = d.id AND d.applicantAccountId = :me AND d.code IS NOT NULL "
                + "AND a.removedAt IS NULL ORDER BY a.uploadedAt DESC, a.id", Object[].class)
            .setParameter("me", accountId).setMaxResults(2000).getResultList();
        Map<String, ReusableDocument> bySha = new LinkedHashMap<>();
        for (Object[] row : rows) {
            AttachmentEntity a = (AttachmentEntity) row[0];
            if (bySha.size() < 200) {
                bySha.putIfAbsent(a.getSha256(), new ReusableDocument(a.getId(), (String) row[1], a.getComponent(),
                    ComponentForm.valueOf(a.getComponentForm()), a.getFileName(),
                    ContentType.valueOf(a.getContentType()).mediaType(), a.getSizeBytes(), a.getSha256(),
                    a.getUploadedAt().toInstant()));
            }
        }
        return List.copyOf(bySha.values());
    }

    static List<Attachment> list(EntityManager em, String dossierId) {
        return em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.dossierId = :d AND a.removedAt IS NULL "
                + "ORDER BY a.uploadedAt, a.id", AttachmentEntity.class).setParameter("d", dossierId).getResultList()
            .stream().map(Attachments::toDto).toList();
    }

    static AttachmentContent open(EntityManager em, BlobStore blobs, String dossierId, String attachmentId) {
        AttachmentEntity a = attachmentId == null || attachmentId.length() > 36 ? null
            : em.find(AttachmentEntity.class, attachmentId);
        if (a == null || !a.getDossierId().equals(dossierId) || a.getRemovedAt() != null) {
            throw new NotFoundException("tệp đính kèm", "Attachment",
                String.valueOf(attachmentId));
        }
        ContentType type = ContentType.valueOf(a.getContentType());
        return new AttachmentContent(toDto(a), type.mediaType(), blobs.open(a.getBlobKey()));
    }

    private static void mayAttach(EntityManager em, Caller caller, DossierEntity d, DossierConfig config) {
        DossierStatus s = DossierStatus.valueOf(d.getStatus());
        if (Scope.isApplicantOf(caller, d)) {
            if (!APPLICANT_MAY_ATTACH.contains(s)) {
                throw closed(s);
            }
        } else {
            Scope.requireOfficer(caller, d.getAgencyCode(), d.getSectorCode(), d.getProcedureCode(),
                d.getCode() == null ? d.getId() : d.getCode());
            if (!caller.has(Role.ONE_STOP_OFFICER) || !OFFICER_MAY_ATTACH.contains(s)) {
                throw closed(s);
            }
        }
        long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.dossierId = :d "
            + "AND a.removedAt IS NULL", Long.class).setParameter("d", d.getId()).getSingleResult();
        if (count >= config.maxAttachments()) {
            throw new ConflictException("too-many-attachments",
                "Hồ sơ đã có " + count + " tệp, tối đa " + config.maxAttachments(),
                "the dossier already has " + count + " files, at most " + config.maxAttachments());
        }
    }

    private static ConflictException closed(DossierStatus s) {
        return new ConflictException("attachments-closed",
            "Không thể thêm tệp khi hồ sơ ở trạng thái " + s.code() + " (" + s.nameVi() + ")",
            "Files cannot be added while the dossier is in status " + s.code() + " (" + s.nameEn() + ")");
    }

    private static DossierEntity find(EntityManager em, String id) {
        DossierEntity d = id == null || id.length() > 36 ? null : em.find(DossierEntity.class, id);
        if (d == null) {
            throw Scope.notFound(String.valueOf(id));
        }
        return d;
    }

    private static Attachment toDto(AttachmentEntity a) {
        return new Attachment(a.getId(), a.getComponent(), ComponentForm.valueOf(a.getComponentForm()),
            a.getFileName(), ContentType.valueOf(a.getContentType()).mediaType(), a.getSizeBytes(), a.getSha256(),
            a.getUploadedByName(), a.getUploadedAt().toInstant());
    }
}
