package vn.motcua.catalogue.impl;

import static vn.motcua.catalogue.impl.Support.local;
import static vn.motcua.catalogue.impl.Support.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;

import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcessDefinition;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessDefinitionService;
import vn.motcua.catalogue.api.ProcessStep;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.catalogue.impl.entity.AgencyEntity;
import vn.motcua.catalogue.impl.entity.ProcedureVersionEntity;
import vn.motcua.catalogue.impl.entity.ProcessDefinitionEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.db.api.JpaTransactions;

@Component(service = {ProcessDefinitionService.class, ProcessDefinitionServiceImpl.class}, configurationPid = "vn.motcua.catalogue")
@Designate(ocd = ProcessDefinitionServiceImpl.Config.class)
public class ProcessDefinitionServiceImpl implements ProcessDefinitionService {

    @ObjectClassDefinition(name = "MotCua catalogue")
    public @interface Config {
        /** Working hours in one working day of this province (default 07:30–11:30, 13:00–17:00 = 8). */
        int workingHoursPerDay() default 8;
    }

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    private volatile int hoursPerDay = 8;

    @Activate
    @Modified
    void configure(Config config) {
        hoursPerDay = config.workingHoursPerDay() > 0 && config.workingHoursPerDay() <= 24 ? config.workingHoursPerDay() : 8;
    }

    @Override
    public ProcessDefinition define(ProcessDefinitionInput input) {
        return JpaTransactions.write(jpa, em -> defineIn(em, input).dto);
    }

    /** Result of defining: the definition and whether a new version was written (imports skip identical ones). */
    record Defined(ProcessDefinition dto, boolean created) {
    }

    Defined defineIn(EntityManager em, ProcessDefinitionInput in) {
        Checks c = new Checks();
        if (in == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        c.required("procedureCode", in.procedureCode());
        c.required("agencyCode", in.agencyCode());
        c.requiredText("name", in.name(), 500);
        if (c.notEmpty("steps", in.steps())) {
            if (in.steps().size() > 100) {
                c.add("steps", "too-many", "Quá 100 bước", "more than 100 steps");
            }
            for (int i = 0; i < in.steps().size() && i < 100; i++) {
                ProcessStep s = in.steps().get(i);
                String f = "steps[" + i + "]";
                if (!c.required(f, s)) {
                    continue;
                }
                c.requiredText(f + ".name", s.name(), 500);
                c.requiredText(f + ".unit", s.unit(), 500);
                c.required(f + ".role", s.role());
                if (c.required(f + ".hours", s.hours()) && (s.hours().signum() < 0
                    || s.hours().compareTo(BigDecimal.valueOf(10_000)) > 0 || s.hours().scale() > 2)) {
                    c.add(f + ".hours", "out-of-range", "Số giờ từ 0 đến 10000, tối đa 2 chữ số thập phân",
                        "hours between 0 and 10000 with at most 2 decimals");
                }
            }
        }
        c.throwIfAny();
        Scope.requireAll(java.util.List.of(in.agencyCode()));
        LocalDate from = Support.orToday(in.validFrom());
        ProcedureVersionEntity procedure = versionOn(em, in.procedureCode(), from);
        if (ProcedureStatus.valueOf(procedure.getStatus()) == ProcedureStatus.ABOLISHED) {
            throw ValidationFailure.field("procedureCode", "abolished", "Thủ tục đã bị bãi bỏ vào ngày " + from,
                "the procedure is abolished on " + from);
        }
        AgencyEntity agency = em.find(AgencyEntity.class, in.agencyCode());
        if (agency == null) {
            throw ValidationFailure.field("agencyCode", "unknown-agency", "Không có cơ quan '" + in.agencyCode() + "'",
                "no agency '" + in.agencyCode() + "'");
        }
        ProcedureInput content = ProcedureServiceImpl.content(procedure);
        if (!content.agencyCodes().contains(agency.getCode())) {
            throw ValidationFailure.field("agencyCode", "not-handling-agency",
                "Cơ quan '" + agency.getCode() + "' không phải cơ quan giải quyết thủ tục này",
                "agency '" + agency.getCode() + "' does not handle this procedure");
        }
        BigDecimal total = in.steps().stream().map(ProcessStep::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = statutoryHours(content.processingTime(), hoursPerDay);
        if (limit != null && total.compareTo(limit) > 0) {
            throw ValidationFailure.field("steps", "exceeds-statutory-time",
                "Tổng thời gian các bước " + total.stripTrailingZeros().toPlainString() + " giờ vượt thời hạn giải quyết "
                    + limit.stripTrailingZeros().toPlainString() + " giờ làm việc",
                "the steps total " + total.stripTrailingZeros().toPlainString() + " hours, more than the statutory "
                    + limit.stripTrailingZeros().toPlainString() + " working hours");
        }
        List<ProcessDefinitionEntity> open = em.createQuery("SELECT p FROM ProcessDefinitionEntity p WHERE "
                + "p.procedureCode = :c AND p.agencyCode = :a ORDER BY p.versionNo DESC", ProcessDefinitionEntity.class)
            .setParameter("c", in.procedureCode()).setParameter("a", in.agencyCode()).getResultList();
        ProcessDefinitionEntity latest = open.isEmpty() ? null : open.get(0);
        String steps = Support.toJson(in.steps());
        if (latest != null && latest.getValidTo() == null && latest.getName().equals(in.name().strip())
            && Objects.equals(Arrays.asList(Support.fromJson(latest.getSteps(), ProcessStep[].class)), in.steps())) {
            return new Defined(toDto(latest), false);
        }
        if (latest != null && latest.getValidTo() == null) {
            if (!from.isAfter(local(latest.getValidFrom()))) {
                throw ValidationFailure.field("validFrom", "not-after-latest",
                    "Ngày áp dụng phải sau ngày áp dụng của quy trình hiện hành (" + latest.getValidFrom() + ")",
                    "validFrom must be after that of the current process (" + latest.getValidFrom() + ")");
            }
            latest.setValidTo(sql(from));
        }
        ProcessDefinitionEntity e = new ProcessDefinitionEntity();
        e.setId(Support.newId());
        e.setProcedureCode(in.procedureCode());
        e.setAgencyCode(in.agencyCode());
        e.setVersionNo(latest == null ? 1 : latest.getVersionNo() + 1);
        e.setName(in.name().strip());
        e.setSteps(steps);
        e.setTotalHours(total);
        e.setStatutoryHours(limit);
        e.setProcedureVersion(procedure.getVersionNo());
        e.setValidFrom(sql(from));
        e.setRecordedAt(Support.now());
        em.persist(e);
        em.flush();
        return new Defined(toDto(e), true);
    }

    /**
     * The statutory time in working hours: days × the province's hours per day; calendar days count the same as an
     * upper bound (every calendar day could be a working day); immediate procedures allow no allotted time.
     */
    static BigDecimal statutoryHours(ProcessingTime time, int hoursPerDay) {
        DurationUnit unit = time.unit();
        return switch (unit) {
            case IMMEDIATE -> BigDecimal.ZERO;
            case WORKING_HOURS -> time.value();
            case WORKING_DAYS, CALENDAR_DAYS -> time.value().multiply(BigDecimal.valueOf(hoursPerDay));
        };
    }

    private static ProcedureVersionEntity versionOn(EntityManager em, String code, LocalDate date) {
        ProcedureServiceImpl.findProcedure(em, code);
        List<ProcedureVersionEntity> found = em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE "
                + "v.procedureCode = :c AND v.validFrom <= :d AND (v.validTo IS NULL OR v.validTo > :d)",
                ProcedureVersionEntity.class)
            .setParameter("c", code).setParameter("d", sql(date)).getResultList();
        if (found.isEmpty()) {
            throw ValidationFailure.field("validFrom", "procedure-not-in-force",
                "Thủ tục '" + code + "' chưa có hiệu lực vào ngày " + date, "procedure '" + code + "' is not in force on " + date);
        }
        return found.get(0);
    }

    @Override
    public ProcessDefinition get(String procedureCode, String agencyCode, LocalDate asOf) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDate d = Support.orToday(asOf);
            List<ProcessDefinitionEntity> found = em.createQuery("SELECT p FROM ProcessDefinitionEntity p WHERE "
                    + "p.procedureCode = :c AND p.agencyCode = :a AND p.validFrom <= :d AND (p.validTo IS NULL OR "
                    + "p.validTo > :d)", ProcessDefinitionEntity.class)
                .setParameter("c", procedureCode).setParameter("a", agencyCode).setParameter("d", sql(d))
                .getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("quy trình nội bộ", "Internal process", procedureCode + " @ " + agencyCode);
            }
            return toDto(found.get(0));
        });
    }

    @Override
    public List<ProcessDefinition> list(String procedureCode, LocalDate asOf) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProcedureServiceImpl.findProcedure(em, procedureCode);
            LocalDate d = Support.orToday(asOf);
            return em.createQuery("SELECT p FROM ProcessDefinitionEntity p WHERE p.procedureCode = :c AND "
                    + "p.validFrom <= :d AND (p.validTo IS NULL OR p.validTo > :d) ORDER BY p.agencyCode",
                    ProcessDefinitionEntity.class)
                .setParameter("c", procedureCode).setParameter("d", sql(d)).getResultList().stream()
                .map(ProcessDefinitionServiceImpl::toDto).toList();
        });
    }

    @Override
    public List<ProcessDefinition> versions(String procedureCode, String agencyCode) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM ProcessDefinitionEntity p "
                + "WHERE p.procedureCode = :c AND p.agencyCode = :a ORDER BY p.versionNo", ProcessDefinitionEntity.class)
            .setParameter("c", procedureCode).setParameter("a", agencyCode).getResultList().stream()
            .map(ProcessDefinitionServiceImpl::toDto).toList());
    }

    static ProcessDefinition toDto(ProcessDefinitionEntity e) {
        return new ProcessDefinition(e.getProcedureCode(), e.getAgencyCode(), e.getVersionNo(), e.getName(),
            List.of(Support.fromJson(e.getSteps(), ProcessStep[].class)), e.getTotalHours(), e.getStatutoryHours(),
            e.getProcedureVersion(), local(e.getValidFrom()), local(e.getValidTo()), e.getRecordedAt().toInstant());
    }
}
