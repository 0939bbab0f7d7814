package vn.motcua.catalogue.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.impl.EFormDefinitions.Definition;
import vn.motcua.catalogue.impl.entity.EFormEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * E-forms of procedures. A publication inserts the next revision; the unique key (procedure, revision) makes the
 * check of {@code expectedRevision} safe across nodes: of two editors starting from the same revision, the second
 * insert fails and is answered 409 like a stale revision. Nothing is kept in memory: every check reads the revision
 * from the database, so all nodes validate against the same form the moment it is published.
 */
@Component(service = EFormService.class)
public class EFormServiceImpl implements EFormService {
    private static final Logger LOG = LoggerFactory.getLogger(EFormServiceImpl.class);

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    @Override
    public EForm publish(String procedureCode, EFormInput input) {
        Definition definition = EFormDefinitions.validate(input);
        int expected = input.expectedRevision();
        EForm published = JpaTransactions.write(jpa, em -> {
            Scope.requireAny(ProcedureServiceImpl.content(ProcedureServiceImpl.latest(em,
                ProcedureServiceImpl.findProcedure(em, procedureCode))).agencyCodes());
            int current = latestRevision(em, procedureCode);
            if (current != expected) {
                throw stale(procedureCode, current);
            }
            EFormEntity e = new EFormEntity();
            e.setId(Support.newId());
            e.setProcedureCode(procedureCode);
            e.setRevision(current + 1);
            e.setDefinition(Support.toJson(definition));
            e.setPublishedAt(Support.now());
            String by = CallerContext.current().displayName();
            e.setPublishedBy(by == null ? null : by.length() > 200 ? by.substring(0, 200) : by);
            em.persist(e);
            em.flush();
            AuditLog log = audit;
            if (log != null) {
                // in the same transaction: the revision and its audit record commit together
                log.record(AuditRecord.success("catalogue.eform.publish", "procedure", procedureCode,
                    "e-form revision " + e.getRevision() + ", " + definition.fields().size() + " fields"
                        + (definition.attachments() == null ? "" : ", attachment policy " + definition.attachments())));
            }
            return toDto(e);
        }, () -> stale(procedureCode, null));
        LOG.info("E-form revision {} of procedure {} published by {} ({} fields)", published.revision(), procedureCode,
            published.publishedBy(), published.fields().size());
        return published;
    }

    private static ConflictException stale(String procedureCode, Integer current) {
        String now = current == null ? "" : " (" + current + ")";
        return new ConflictException("stale-revision",
            "Biểu mẫu điện tử của thủ tục " + procedureCode + " vừa được công bố phiên bản khác" + now
                + "; hãy tải lại và sửa trên phiên bản hiện hành",
            "The e-form of procedure " + procedureCode + " was published meanwhile" + now
                + "; reload it and edit the current revision");
    }

    @Override
    public EForm current(String procedureCode) {
        return find(procedureCode).orElseThrow(() ->
            new NotFoundException("biểu mẫu điện tử của thủ tục", "E-form of procedure", procedureCode));
    }

    @Override
    public Optional<EForm> find(String procedureCode) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProcedureServiceImpl.findProcedure(em, procedureCode);
            return latest(em, procedureCode).map(EFormServiceImpl::toDto);
        });
    }

    @Override
    public EForm revision(String procedureCode, int revision) {
        return jpa.txExpr(TransactionType.Supports, em -> toDto(byRevision(em, procedureCode, revision)));
    }

    @Override
    public List<EForm> revisions(String procedureCode) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProcedureServiceImpl.findProcedure(em, procedureCode);
            return em.createQuery("SELECT e FROM EFormEntity e WHERE e.procedureCode = :c ORDER BY e.revision",
                    EFormEntity.class).setParameter("c", procedureCode).getResultList().stream()
                .map(EFormServiceImpl::toDto).toList();
        });
    }

    @Override
    public EFormCheck check(String procedureCode, Integer revision, Map<String, Object> formData) {
        Optional<EForm> form = revision == null ? find(procedureCode)
            : Optional.of(revision(procedureCode, revision));
        if (form.isEmpty()) {
            // no e-form: the dossier's own size limits are all there is to check
            return new EFormCheck(procedureCode, null, formData == null ? Map.of() : new LinkedHashMap<>(formData));
        }
        EForm f = form.get();
        return new EFormCheck(procedureCode, f.revision(), FormDataCheck.check(f.fields(), formData));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static int latestRevision(EntityManager em, String procedureCode) {
        Integer max = em.createQuery("SELECT MAX(e.revision) FROM EFormEntity e WHERE e.procedureCode = :c",
            Integer.class).setParameter("c", procedureCode).getSingleResult();
        return max == null ? 0 : max;
    }

    private static Optional<EFormEntity> latest(EntityManager em, String procedureCode) {
        return em.createQuery("SELECT e FROM EFormEntity e WHERE e.procedureCode = :c ORDER BY e.revision DESC",
                EFormEntity.class).setParameter("c", procedureCode).setMaxResults(1).getResultList().stream()
            .findFirst();
    }

    private static EFormEntity byRevision(EntityManager em, String procedureCode, int revision) {
        ProcedureServiceImpl.findProcedure(em, procedureCode);
        List<EFormEntity> found = em.createQuery("SELECT e FROM EFormEntity e WHERE e.procedureCode = :c "
                + "AND e.revision = :r", EFormEntity.class)
            .setParameter("c", procedureCode).setParameter("r", revision).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("phiên bản biểu mẫu điện tử", "E-form revision",
                procedureCode + " r" + revision);
        }
        return found.get(0);
    }

    static EForm toDto(EFormEntity e) {
        Definition d = Support.fromJson(e.getDefinition(), Definition.class);
        return new EForm(e.getProcedureCode(), e.getRevision(), d.fields(), d.attachments(),
            e.getPublishedAt().toInstant(), e.getPublishedBy());
    }
}
