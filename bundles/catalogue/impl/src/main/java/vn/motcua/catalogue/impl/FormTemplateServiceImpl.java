package vn.motcua.catalogue.impl;

import java.io.InputStream;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.FormTemplate;
import vn.motcua.catalogue.api.FormTemplateService;
import vn.motcua.catalogue.impl.entity.FormTemplateEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.db.api.JpaTransactions;

@Component(service = FormTemplateService.class, configurationPid = "vn.motcua.catalogue.forms")
@Designate(ocd = FormTemplateServiceImpl.Config.class)
public class FormTemplateServiceImpl implements FormTemplateService {
    private static final Logger LOG = LoggerFactory.getLogger(FormTemplateServiceImpl.class);

    @ObjectClassDefinition(name = "MotCua form templates")
    public @interface Config {
        /** Largest form file accepted, in bytes. */
        long maxFileBytes() default 10L * 1024 * 1024;
    }

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    private volatile long maxFileBytes = 10L * 1024 * 1024;

    @Activate
    @Modified
    void configure(Config config) {
        maxFileBytes = Math.max(1024, config.maxFileBytes());
    }

    @Override
    public FormTemplate upload(String procedureCode, String name, String fileName, InputStream content) {
        Checks c = new Checks();
        c.requiredText("name", name, 500);
        c.throwIfAny();
        String safeName = FormFiles.sanitiseName(fileName);
        byte[] bytes = FormFiles.read(content, maxFileBytes);
        String type = FormFiles.contentType(safeName, bytes);
        return JpaTransactions.write(jpa, em -> {
            ProcedureServiceImpl.findProcedure(em, procedureCode);
            Scope.requireAny(ProcedureServiceImpl.content(ProcedureServiceImpl.latest(em,
                ProcedureServiceImpl.findProcedure(em, procedureCode))).agencyCodes());
            FormTemplateEntity e = new FormTemplateEntity();
            e.setId(Support.newId());
            e.setProcedureCode(procedureCode);
            e.setName(name.strip());
            e.setFileName(safeName);
            e.setContentType(type);
            e.setSizeBytes(bytes.length);
            e.setSha256(FormFiles.sha256(bytes));
            e.setContent(bytes);
            e.setUploadedAt(Support.now());
            em.persist(e);
            em.flush();
            LOG.info("Form '{}' ({}, {} bytes, sha256 {}) added to procedure {}", safeName, type, bytes.length,
                e.getSha256(), procedureCode);
            return toDto(e);
        });
    }

    @Override
    public List<FormTemplate> list(String procedureCode, boolean includeWithdrawn) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProcedureServiceImpl.findProcedure(em, procedureCode);
            return em.createQuery("SELECT f FROM FormTemplateEntity f WHERE f.procedureCode = :c"
                    + (includeWithdrawn ? "" : " AND f.withdrawnAt IS NULL") + " ORDER BY f.uploadedAt, f.id",
                    FormTemplateEntity.class)
                .setParameter("c", procedureCode).getResultList().stream().map(FormTemplateServiceImpl::toDto).toList();
        });
    }

    @Override
    public FormFile download(String procedureCode, String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            FormTemplateEntity e = find(em, procedureCode, id);
            return new FormFile(toDto(e), e.getContent());
        });
    }

    @Override
    public FormTemplate withdraw(String procedureCode, String id) {
        return JpaTransactions.write(jpa, em -> {
            FormTemplateEntity e = find(em, procedureCode, id);
            Scope.requireAny(ProcedureServiceImpl.content(ProcedureServiceImpl.latest(em,
                ProcedureServiceImpl.findProcedure(em, procedureCode))).agencyCodes());
            if (e.getWithdrawnAt() == null) {
                e.setWithdrawnAt(Support.now());
                LOG.info("Form {} of procedure {} withdrawn", id, procedureCode);
            }
            return toDto(e);
        });
    }

    private static FormTemplateEntity find(javax.persistence.EntityManager em, String procedureCode, String id) {
        FormTemplateEntity e = id == null ? null : em.find(FormTemplateEntity.class, id);
        if (e == null || !e.getProcedureCode().equals(procedureCode)) {
            throw new NotFoundException("mẫu đơn", "Form", procedureCode + "/" + id);
        }
        return e;
    }

    static FormTemplate toDto(FormTemplateEntity e) {
        return new FormTemplate(e.getId(), e.getProcedureCode(), e.getName(), e.getFileName(), e.getContentType(),
            e.getSizeBytes(), e.getSha256(), e.getUploadedAt().toInstant(),
            e.getWithdrawnAt() == null ? null : e.getWithdrawnAt().toInstant());
    }
}
