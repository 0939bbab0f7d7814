package vn.motcua.catalogue.impl;

import static vn.motcua.catalogue.impl.Support.local;
import static vn.motcua.catalogue.impl.Support.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.Enums.AgencyEventType;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.catalogue.impl.entity.AgencyEntity;
import vn.motcua.catalogue.impl.entity.AgencyEventEntity;
import vn.motcua.catalogue.impl.entity.ProcessDefinitionEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.text.VietnameseText;
import vn.motcua.platform.db.api.JpaTransactions;

@Component(service = {AgencyService.class, AgencyServiceImpl.class})
public class AgencyServiceImpl implements AgencyService {
    private static final Logger LOG = LoggerFactory.getLogger(AgencyServiceImpl.class);
    /** QCVN 102:2016 agency code, e.g. 000.00.06.H56. */
    static final Pattern AGENCY_CODE = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Map<String, String> SORT_COLUMNS = Map.of("code", "a.code", "nameVi", "a.nameVi",
        "validFrom", "a.validFrom");

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    /** The procedure side of a merge (moving handling agencies) lives with the procedures. */
    @Reference
    ProcedureServiceImpl procedures;

    @Override
    public Agency create(AgencyInput input) {
        return JpaTransactions.write(jpa, em -> createIn(em, input));
    }

    Agency createIn(EntityManager em, AgencyInput input) {
        {
            validate(em, input, null);
            if (em.find(AgencyEntity.class, input.code()) != null) {
                throw new ConflictException("duplicate-code", "Mã cơ quan '" + input.code() + "' đã tồn tại",
                    "Agency code '" + input.code() + "' already exists");
            }
            AgencyEntity e = new AgencyEntity();
            e.setCode(input.code());
            apply(e, input);
            e.setValidTo(sql(input.validTo()));
            em.persist(e);
            event(em, e.getCode(), AgencyEventType.CREATED, input.validFrom(), null, e.getNameVi(), null);
            em.flush();
            return toDto(e);
        }
    }

    @Override
    public Agency update(String code, AgencyInput input) {
        return JpaTransactions.write(jpa, em -> updateIn(em, code, input));
    }

    Agency updateIn(EntityManager em, String code, AgencyInput input) {
        {
            AgencyEntity e = find(em, code);
            validate(em, input, code);
            if (!e.getNameVi().equals(input.nameVi())) {
                throw ValidationFailure.field("nameVi", "use-rename",
                    "Đổi tên cơ quan phải qua thao tác đổi tên (có quyết định, ngày hiệu lực)",
                    "a new name must be given through a rename, with its decision and effective date");
            }
            apply(e, input);
            event(em, code, AgencyEventType.UPDATED, Support.today(), null, "contact data / parent updated", null);
            em.flush();
            return toDto(e);
        }
    }

    private void apply(AgencyEntity e, AgencyInput input) {
        e.setParentCode(Support.trim(input.parentCode()));
        e.setNameVi(input.nameVi().strip());
        e.setNameEn(Support.trim(input.nameEn()));
        e.setKind(input.kind().name());
        e.setLevel(input.level().name());
        e.setAddress(Support.trim(input.address()));
        e.setPhone(Support.trim(input.phone()));
        e.setEmail(Support.trim(input.email()));
        e.setWebsite(Support.trim(input.website()));
        e.setValidFrom(sql(input.validFrom()));
        e.setSearchText(searchText(e));
    }

    private static String searchText(AgencyEntity e) {
        return VietnameseText.fold(e.getCode() + " " + e.getNameVi() + " " + (e.getNameEn() == null ? "" : e.getNameEn()));
    }

    void validate(EntityManager em, AgencyInput in, String existingCode) {
        Checks c = new Checks();
        if (in == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.required("code", in.code())) {
            c.matches("code", in.code(), AGENCY_CODE, "mã QCVN 102 dạng 000.00.06.H56",
                "a QCVN 102 code like 000.00.06.H56");
            if (existingCode != null && !existingCode.equals(in.code())) {
                c.add("code", "immutable", "Không đổi được mã cơ quan", "the agency code cannot change");
            }
        }
        c.requiredText("nameVi", in.nameVi(), 500);
        c.maxLength("nameEn", in.nameEn(), 500);
        c.required("kind", in.kind());
        c.required("level", in.level());
        c.required("validFrom", in.validFrom());
        c.maxLength("address", in.address(), 500);
        c.maxLength("phone", in.phone(), 64);
        c.maxLength("website", in.website(), 500);
        if (c.maxLength("email", in.email(), 254) && in.email() != null && !in.email().isBlank()) {
            c.matches("email", in.email().strip(), EMAIL, "địa chỉ email", "an email address");
        }
        if (in.validTo() != null && in.validFrom() != null && in.validTo().isBefore(in.validFrom())) {
            c.add("validTo", "before-start", "Ngày hết hiệu lực trước ngày hiệu lực", "validTo is before validFrom");
        }
        String parent = Support.trim(in.parentCode());
        if (parent != null) {
            if (parent.equals(in.code())) {
                c.add("parentCode", "cycle", "Cơ quan không thể là cấp trên của chính nó", "an agency cannot be its own parent");
            } else if (em.find(AgencyEntity.class, parent) == null) {
                c.add("parentCode", "unknown-agency", "Không có cơ quan cấp trên '" + parent + "'",
                    "no parent agency '" + parent + "'");
            } else if (existingCode != null && subtreeCodes(em, existingCode).contains(parent)) {
                c.add("parentCode", "cycle", "Cơ quan cấp trên nằm trong cây con của chính cơ quan này",
                    "the parent lies inside this agency's own subtree");
            }
        }
        c.throwIfAny();
    }

    @Override
    public Agency get(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> toDto(find(em, code)));
    }

    static AgencyEntity find(EntityManager em, String code) {
        AgencyEntity e = code == null ? null : em.find(AgencyEntity.class, code);
        if (e == null) {
            throw new NotFoundException("cơ quan", "Agency", String.valueOf(code));
        }
        return e;
    }

    @Override
    public Page<Agency> list(String parentCode, String text, LocalDate asOf, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (parentCode != null) {
                where.append(" AND a.parentCode = :parent");
                params.put("parent", parentCode);
            }
            if (asOf != null) {
                where.append(" AND a.validFrom <= :asOf AND (a.validTo IS NULL OR a.validTo >= :asOf)");
                params.put("asOf", sql(asOf));
            }
            int i = 0;
            for (String token : VietnameseText.tokens(text)) {
                where.append(" AND a.searchText LIKE :t").append(i);
                params.put("t" + i++, "%" + token + "%");
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AgencyEntity a" + where, Long.class);
            TypedQuery<AgencyEntity> q = em.createQuery("SELECT a FROM AgencyEntity a" + where + orderBy(page.sort()),
                AgencyEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                q.setParameter(k, v);
            });
            List<Agency> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(AgencyServiceImpl::toDto).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    static Set<String> sortProperties() {
        return SORT_COLUMNS.keySet();
    }

    private static String orderBy(List<SortOrder> sort) {
        List<String> parts = new ArrayList<>();
        for (SortOrder o : sort) {
            parts.add(SORT_COLUMNS.get(o.property()) + (o.ascending() ? " ASC" : " DESC"));
        }
        parts.add("a.code ASC");
        return " ORDER BY " + String.join(", ", parts);
    }

    @Override
    public List<AgencyNode> tree(LocalDate asOf) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<AgencyEntity> all = em.createQuery("SELECT a FROM AgencyEntity a ORDER BY a.code", AgencyEntity.class)
                .getResultList();
            LocalDate date = asOf;
            Map<String, List<AgencyEntity>> byParent = new HashMap<>();
            Set<String> included = new HashSet<>();
            for (AgencyEntity a : all) {
                if (date == null || validOn(a, date)) {
                    included.add(a.getCode());
                }
            }
            List<AgencyEntity> roots = new ArrayList<>();
            for (AgencyEntity a : all) {
                if (!included.contains(a.getCode())) {
                    continue;
                }
                if (a.getParentCode() == null || !included.contains(a.getParentCode())) {
                    roots.add(a);
                } else {
                    byParent.computeIfAbsent(a.getParentCode(), k -> new ArrayList<>()).add(a);
                }
            }
            return roots.stream().map(r -> node(r, byParent)).toList();
        });
    }

    private static AgencyNode node(AgencyEntity a, Map<String, List<AgencyEntity>> byParent) {
        return new AgencyNode(toDto(a), byParent.getOrDefault(a.getCode(), List.of()).stream()
            .map(c -> node(c, byParent)).toList());
    }

    static boolean validOn(AgencyEntity a, LocalDate date) {
        return !local(a.getValidFrom()).isAfter(date) && (a.getValidTo() == null || !local(a.getValidTo()).isBefore(date));
    }

    @Override
    public List<String> subtree(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, code);
            return new ArrayList<>(subtreeCodes(em, code));
        });
    }

    /** Breadth-first over the parent links; the tree is small (thousands), so one query per level is cheap. */
    static Set<String> subtreeCodes(EntityManager em, String code) {
        Set<String> result = new LinkedHashSet<>();
        result.add(code);
        List<String> frontier = List.of(code);
        while (!frontier.isEmpty()) {
            List<String> children = em.createQuery(
                    "SELECT a.code FROM AgencyEntity a WHERE a.parentCode IN :parents", String.class)
                .setParameter("parents", frontier).getResultList();
            List<String> next = new ArrayList<>();
            for (String c : children) {
                if (result.add(c)) {
                    next.add(c);
                }
            }
            frontier = next;
        }
        return result;
    }

    @Override
    public Agency rename(String code, RenameRequest request) {
        return JpaTransactions.write(jpa, em -> {
            Checks c = new Checks();
            if (request == null) {
                c.required("body", null);
                c.throwIfAny();
            }
            c.requiredText("nameVi", request.nameVi(), 500);
            c.maxLength("nameEn", request.nameEn(), 500);
            c.required("effectiveDate", request.effectiveDate());
            c.maxLength("decisionNumber", request.decisionNumber(), 200);
            c.throwIfAny();
            AgencyEntity e = find(em, code);
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            String old = e.getNameVi();
            e.setNameVi(request.nameVi().strip());
            if (request.nameEn() != null) {
                e.setNameEn(Support.trim(request.nameEn()));
            }
            e.setSearchText(searchText(e));
            event(em, code, AgencyEventType.RENAMED, request.effectiveDate(), request.decisionNumber(),
                old + " → " + e.getNameVi(), null);
            em.flush();
            LOG.info("Agency {} renamed from '{}' to '{}' effective {}", code, old, e.getNameVi(), request.effectiveDate());
            return toDto(e);
        });
    }

    @Override
    public MergeResult merge(String code, MergeRequest request) {
        return JpaTransactions.write(jpa, em -> mergeIn(em, code, request));
    }

    MergeResult mergeIn(EntityManager em, String code, MergeRequest request) {
        {
            Checks c = new Checks();
            if (request == null) {
                c.required("body", null);
                c.throwIfAny();
            }
            c.required("successorCode", request.successorCode());
            c.required("effectiveDate", request.effectiveDate());
            c.maxLength("decisionNumber", request.decisionNumber(), 200);
            c.maxLength("note", request.note(), 2000);
            c.throwIfAny();
            AgencyEntity merged = find(em, code);
            AgencyEntity successor = em.find(AgencyEntity.class, request.successorCode());
            if (successor == null) {
                throw ValidationFailure.field("successorCode", "unknown-agency",
                    "Không có cơ quan tiếp nhận '" + request.successorCode() + "'",
                    "no successor agency '" + request.successorCode() + "'");
            }
            if (successor.getCode().equals(code) || subtreeCodes(em, code).contains(successor.getCode())) {
                throw ValidationFailure.field("successorCode", "cycle",
                    "Cơ quan tiếp nhận không được là chính cơ quan bị sáp nhập hay đơn vị trực thuộc của nó",
                    "the successor cannot be the merged agency or one of its sub-agencies");
            }
            if (merged.getSuccessorCode() != null) {
                throw new ConflictException("already-merged", "Cơ quan '" + code + "' đã được sáp nhập vào '"
                    + merged.getSuccessorCode() + "'", "Agency '" + code + "' was already merged into '"
                    + merged.getSuccessorCode() + "'");
            }
            LocalDate effective = request.effectiveDate();
            if (!effective.isAfter(local(merged.getValidFrom()))) {
                throw ValidationFailure.field("effectiveDate", "before-start",
                    "Ngày sáp nhập phải sau ngày cơ quan bắt đầu hoạt động", "the merge must come after the agency's start");
            }
            if (successor.getValidTo() != null && local(successor.getValidTo()).isBefore(effective)) {
                throw ValidationFailure.field("successorCode", "not-valid",
                    "Cơ quan tiếp nhận không còn hoạt động vào ngày sáp nhập",
                    "the successor no longer exists on the merge date");
            }
            em.lock(merged, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            merged.setValidTo(sql(effective.minusDays(1)));
            merged.setSuccessorCode(successor.getCode());
            // Sub-agencies of the merged one now report to the successor.
            List<AgencyEntity> children = em.createQuery(
                    "SELECT a FROM AgencyEntity a WHERE a.parentCode = :p AND (a.validTo IS NULL OR a.validTo >= :d)",
                    AgencyEntity.class)
                .setParameter("p", code).setParameter("d", sql(effective)).getResultList();
            for (AgencyEntity child : children) {
                child.setParentCode(successor.getCode());
            }
            List<String> moved = procedures.replaceAgencyIn(em, code, successor.getCode(), effective,
                request.decisionNumber());
            int processes = moveProcesses(em, code, successor.getCode(), effective);
            String decision = request.decisionNumber();
            event(em, code, AgencyEventType.MERGED_INTO, effective, decision, request.note(), successor.getCode());
            event(em, successor.getCode(), AgencyEventType.ABSORBED, effective, decision, request.note(), code);
            em.flush();
            LOG.info("Agency {} merged into {} effective {}: {} procedures, {} processes, {} sub-agencies moved", code,
                successor.getCode(), effective, moved.size(), processes, children.size());
            return new MergeResult(code, successor.getCode(), moved, processes, children.size());
        }
    }

    /** The merged agency's internal processes continue, from the merge date, as the successor's. */
    private int moveProcesses(EntityManager em, String from, String to, LocalDate effective) {
        List<ProcessDefinitionEntity> open = em.createQuery(
                "SELECT p FROM ProcessDefinitionEntity p WHERE p.agencyCode = :a AND p.validTo IS NULL",
                ProcessDefinitionEntity.class)
            .setParameter("a", from).getResultList();
        int moved = 0;
        for (ProcessDefinitionEntity p : open) {
            Long existing = em.createQuery("SELECT COUNT(p) FROM ProcessDefinitionEntity p WHERE p.procedureCode = :c"
                    + " AND p.agencyCode = :a AND p.validTo IS NULL", Long.class)
                .setParameter("c", p.getProcedureCode()).setParameter("a", to).getSingleResult();
            p.setValidTo(sql(effective));
            if (existing > 0) {
                continue; // the successor already has its own process for this procedure
            }
            Integer max = em.createQuery("SELECT MAX(p.versionNo) FROM ProcessDefinitionEntity p WHERE "
                    + "p.procedureCode = :c AND p.agencyCode = :a", Integer.class)
                .setParameter("c", p.getProcedureCode()).setParameter("a", to).getSingleResult();
            ProcessDefinitionEntity copy = new ProcessDefinitionEntity();
            copy.setId(Support.newId());
            copy.setProcedureCode(p.getProcedureCode());
            copy.setAgencyCode(to);
            copy.setVersionNo(max == null ? 1 : max + 1);
            copy.setName(p.getName());
            copy.setSteps(p.getSteps());
            copy.setTotalHours(p.getTotalHours());
            copy.setStatutoryHours(p.getStatutoryHours());
            copy.setProcedureVersion(p.getProcedureVersion());
            copy.setValidFrom(sql(effective));
            copy.setRecordedAt(Support.now());
            em.persist(copy);
            moved++;
        }
        return moved;
    }

    @Override
    public List<AgencyEvent> history(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, code);
            return em.createQuery("SELECT e FROM AgencyEventEntity e WHERE e.agencyCode = :c ORDER BY e.recordedAt, "
                    + "e.effectiveDate", AgencyEventEntity.class)
                .setParameter("c", code).getResultList().stream()
                .map(e -> new AgencyEvent(e.getAgencyCode(), AgencyEventType.valueOf(e.getType()),
                    local(e.getEffectiveDate()), e.getDecisionNumber(), e.getDetail(), e.getRelatedCode(),
                    e.getRecordedAt().toInstant()))
                .toList();
        });
    }

    @Override
    public Agency resolve(String code, LocalDate date) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDate d = Support.orToday(date);
            AgencyEntity current = find(em, code);
            Set<String> seen = new HashSet<>();
            while (current.getSuccessorCode() != null && current.getValidTo() != null
                && local(current.getValidTo()).isBefore(d) && seen.add(current.getCode())) {
                current = find(em, current.getSuccessorCode());
            }
            return toDto(current);
        });
    }

    static void event(EntityManager em, String code, AgencyEventType type, LocalDate effective, String decision,
                      String detail, String related) {
        AgencyEventEntity e = new AgencyEventEntity();
        e.setId(Support.newId());
        e.setAgencyCode(code);
        e.setType(type.name());
        e.setEffectiveDate(sql(effective));
        e.setDecisionNumber(Support.trim(decision));
        e.setDetail(detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
        e.setRelatedCode(related);
        e.setRecordedAt(Support.now());
        em.persist(e);
    }

    static Agency toDto(AgencyEntity e) {
        return new Agency(e.getCode(), e.getParentCode(), e.getNameVi(), e.getNameEn(), AgencyKind.valueOf(e.getKind()),
            AgencyLevel.valueOf(e.getLevel()), e.getAddress(), e.getPhone(), e.getEmail(), e.getWebsite(),
            local(e.getValidFrom()), local(e.getValidTo()), e.getSuccessorCode(), e.getRowVersion());
    }

    /** The agency as import input, without its end date (which only merges and closures set). */
    static AgencyInput toDtoInput(AgencyEntity e) {
        return new AgencyInput(e.getCode(), e.getParentCode(), e.getNameVi(), e.getNameEn(), AgencyKind.valueOf(e.getKind()),
            AgencyLevel.valueOf(e.getLevel()), e.getAddress(), e.getPhone(), e.getEmail(), e.getWebsite(),
            local(e.getValidFrom()), null);
    }

    /** The agency as export row: end date kept only for agencies closed without a successor (merges carry theirs). */
    static AgencyInput toDtoInputWithEnd(AgencyEntity e) {
        return new AgencyInput(e.getCode(), e.getParentCode(), e.getNameVi(), e.getNameEn(), AgencyKind.valueOf(e.getKind()),
            AgencyLevel.valueOf(e.getLevel()), e.getAddress(), e.getPhone(), e.getEmail(), e.getWebsite(),
            local(e.getValidFrom()), e.getSuccessorCode() == null ? local(e.getValidTo()) : null);
    }
}
