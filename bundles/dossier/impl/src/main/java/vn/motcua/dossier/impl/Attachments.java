package vn.motcua.dossier.impl;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
import vn.motcua.dossier.impl.entity.AttachmentEntity;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;
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
            AttachmentEntity a = new AttachmentEntity();
            a.setId(UUID.randomUUID().toString());
            a.setDossierId(d.getId());
            a.setComponent(component.strip());
            a.setComponentForm(form.name());
            a.setBlobKey(blob.key());
            a.setSha256(blob.sha256());
            a.setSizeBytes(blob.size());
            a.setContentType(blob.contentType().name());
            a.setFileName(blob.fileName());
            a.setUploadedBy(caller.accountId());
            a.setUploadedByName(caller.displayName());
            a.setUploadedAt(Timestamp.from(now));
            em.persist(a);
            return toDto(a);
        });
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
            throw new vn.motcua.platform.api.error.NotFoundException("tệp đính kèm", "Attachment",
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
