package vn.motcua.catalogue.impl;

import static vn.motcua.catalogue.impl.Support.local;
import static vn.motcua.catalogue.impl.Support.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.impl.entity.AgencyEntity;
import vn.motcua.catalogue.impl.entity.ProcedureEntity;
import vn.motcua.catalogue.impl.entity.ProcedureVersionEntity;
import vn.motcua.catalogue.impl.entity.SectorEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.text.VietnameseText;
import vn.motcua.platform.db.api.JpaTransactions;

@Component(service = {ProcedureService.class, ProcedureServiceImpl.class})
public class ProcedureServiceImpl implements ProcedureService {
    private static final Logger LOG = LoggerFactory.getLogger(ProcedureServiceImpl.class);
    /** National codes look like 1.001193; provinces also publish local codes, so letters, dots and dashes are allowed. */
    static final Pattern PROCEDURE_CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z._-]{2,31}$");
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "v.sortName", "code", "v.procedureCode",
        "validFrom", "v.validFrom", "sector", "v.sectorCode");
    private static final int MAX_LIST = 500;
    private static final int MAX_TEXT = 4000;

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    static Set<String> sortProperties() {
        return SORT_COLUMNS.keySet();
    }

    @Override
    public ProcedureVersion create(ProcedureInput input) {
        ProcedureVersion v = JpaTransactions.write(jpa, em -> createIn(em, input));
        LOG.info("Procedure {} published by {} effective {}", v.code(), v.decision().number(), v.validFrom());
        return v;
    }

    ProcedureVersion createIn(EntityManager em, ProcedureInput input) {
        ProcedureInput in = validate(em, input, null);
        Scope.requireAll(in.agencyCodes());
        if (em.find(ProcedureEntity.class, in.code()) != null) {
            throw new ConflictException("duplicate-code", "Thủ tục mã '" + in.code() + "' đã có trong danh mục",
                "Procedure '" + in.code() + "' is already in the catalogue");
        }
        ProcedureEntity p = new ProcedureEntity();
        p.setCode(in.code());
        p.setLatestVersion(1);
        em.persist(p);
        ProcedureVersionEntity v = newVersion(in, 1, ChangeType.CREATED, ProcedureStatus.ACTIVE, null);
        em.persist(v);
        em.flush();
        LOG.debug("Procedure {} published by {} effective {}", in.code(), in.decision().number(),
            in.decision().effectiveDate());
        return toDto(em, v);
    }

    @Override
    public ProcedureVersion amend(String code, ProcedureInput input) {
        ProcedureVersion v = JpaTransactions.write(jpa, em -> amendIn(em, code, input));
        LOG.info("Procedure {} version {} ({}) by {} effective {}", code, v.version(), v.changeType(),
            v.decision().number(), v.validFrom());
        return v;
    }

    ProcedureVersion amendIn(EntityManager em, String code, ProcedureInput input) {
        ProcedureInput in = validate(em, input, code);
        ProcedureEntity p = findProcedure(em, code);
        ProcedureVersionEntity latest = latest(em, p);
        Scope.requireAll(content(latest).agencyCodes());
        Scope.requireAll(in.agencyCodes());
        if (ProcedureStatus.valueOf(latest.getStatus()) == ProcedureStatus.ABOLISHED) {
            throw new ConflictException("abolished", "Thủ tục '" + code + "' đã bị bãi bỏ, không sửa đổi được",
                "Procedure '" + code + "' is abolished and cannot be amended");
        }
        return appendVersion(em, p, latest, newVersion(in, p.getLatestVersion() + 1, ChangeType.AMENDED,
            ProcedureStatus.ACTIVE, null));
    }

    @Override
    public ProcedureVersion abolish(String code, AbolishRequest request) {
        return JpaTransactions.write(jpa, em -> {
            Checks c = new Checks();
            if (request == null) {
                c.required("body", null);
                c.throwIfAny();
            }
            checkDecision(c, request.decision());
            String replacedBy = Support.trim(request.replacedBy());
            if (replacedBy != null) {
                if (replacedBy.equals(code)) {
                    c.add("replacedBy", "self", "Thủ tục không thay thế chính nó", "a procedure cannot replace itself");
                } else if (em.find(ProcedureEntity.class, replacedBy) == null) {
                    c.add("replacedBy", "unknown-procedure", "Không có thủ tục thay thế '" + replacedBy + "'",
                        "no replacing procedure '" + replacedBy + "'");
                }
            }
            c.throwIfAny();
            ProcedureEntity p = findProcedure(em, code);
            ProcedureVersionEntity latest = latest(em, p);
            Scope.requireAll(content(latest).agencyCodes());
            if (ProcedureStatus.valueOf(latest.getStatus()) == ProcedureStatus.ABOLISHED) {
                throw new ConflictException("abolished", "Thủ tục '" + code + "' đã bị bãi bỏ",
                    "Procedure '" + code + "' is already abolished");
            }
            ProcedureInput content = content(latest);
            ProcedureInput withDecision = withDecisionAndAgencies(content, request.decision(), content.agencyCodes());
            ProcedureVersionEntity v = newVersion(withDecision, p.getLatestVersion() + 1,
                replacedBy == null ? ChangeType.ABOLISHED : ChangeType.REPLACED, ProcedureStatus.ABOLISHED, replacedBy);
            return appendVersion(em, p, latest, v);
        });
    }

    private ProcedureVersion appendVersion(EntityManager em, ProcedureEntity p, ProcedureVersionEntity latest,
                                           ProcedureVersionEntity next) {
        if (!next.getValidFrom().toLocalDate().isAfter(latest.getValidFrom().toLocalDate())) {
            throw ValidationFailure.field("decision.effectiveDate", "not-after-latest",
                "Ngày hiệu lực phải sau ngày hiệu lực của phiên bản hiện hành (" + latest.getValidFrom() + ")",
                "the effective date must be after that of the latest version (" + latest.getValidFrom() + ")");
        }
        latest.setValidTo(next.getValidFrom());
        p.setLatestVersion(next.getVersionNo());
        em.persist(next);
        em.flush();
        LOG.debug("Procedure {} version {} ({}) by {} effective {}", p.getCode(), next.getVersionNo(),
            next.getChangeType(), next.getDecisionNumber(), next.getValidFrom());
        return toDto(em, next);
    }

    /**
     * After an agency merge: every procedure whose current content names {@code from} gets a new version effective on
     * the merge date naming {@code to} instead. Returns the codes of the procedures moved.
     */
    List<String> replaceAgencyIn(EntityManager em, String from, String to, LocalDate effective, String decisionNumber) {
        List<ProcedureVersionEntity> open = em.createQuery("SELECT v FROM ProcedureVersionEntity v JOIN v.agencyCodes a "
                + "WHERE a = :agency AND v.validTo IS NULL AND v.status = :active", ProcedureVersionEntity.class)
            .setParameter("agency", from).setParameter("active", ProcedureStatus.ACTIVE.name()).getResultList();
        List<String> moved = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (ProcedureVersionEntity latest : open) {
            if (!effective.isAfter(local(latest.getValidFrom()))) {
                blocked.add(latest.getProcedureCode());
                continue;
            }
            ProcedureEntity p = findProcedure(em, latest.getProcedureCode());
            ProcedureInput content = content(latest);
            List<String> agencies = new ArrayList<>(new LinkedHashSet<>(content.agencyCodes().stream()
                .map(a -> a.equals(from) ? to : a).toList()));
            Decision decision = new Decision(decisionNumber == null ? "Sáp nhập " + from + " vào " + to : decisionNumber,
                effective, effective);
            ProcedureVersionEntity next = newVersion(withDecisionAndAgencies(content, decision, agencies),
                p.getLatestVersion() + 1, ChangeType.AMENDED, ProcedureStatus.ACTIVE, null);
            appendVersion(em, p, latest, next);
            moved.add(p.getCode());
        }
        if (!blocked.isEmpty()) {
            throw new ConflictException("merge-blocked-by-future-version",
                "Các thủ tục " + blocked + " có phiên bản hiệu lực từ/sau ngày sáp nhập; hãy sửa đổi chúng trước",
                "Procedures " + blocked + " have versions effective on or after the merge date; amend them first");
        }
        return moved;
    }

    private static ProcedureInput withDecisionAndAgencies(ProcedureInput c, Decision decision, List<String> agencies) {
        return new ProcedureInput(c.code(), c.nameVi(), c.nameEn(), c.sectorCode(), c.levels(), agencies,
            c.onlineLevel(), c.legacyLevel(), c.processingTime(), c.steps(), c.channels(), c.components(),
            c.applicants(), c.applicantNote(), c.results(), c.fees(), c.conditions(), c.legalBasis(), decision);
    }

    @Override
    public ProcedureVersion get(String code, LocalDate asOf) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDate date = Support.orToday(asOf);
            findProcedure(em, code);
            List<ProcedureVersionEntity> found = em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE "
                    + "v.procedureCode = :c AND v.validFrom <= :d AND (v.validTo IS NULL OR v.validTo > :d)",
                    ProcedureVersionEntity.class)
                .setParameter("c", code).setParameter("d", sql(date)).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("thủ tục có hiệu lực vào ngày " + date, "Procedure in force on " + date, code);
            }
            return toDto(em, found.get(0));
        });
    }

    @Override
    public ProcedureVersion getVersion(String code, int version) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ProcedureVersionEntity> found = em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE "
                    + "v.procedureCode = :c AND v.versionNo = :n", ProcedureVersionEntity.class)
                .setParameter("c", code).setParameter("n", version).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("phiên bản thủ tục", "Procedure version", code + " v" + version);
            }
            return toDto(em, found.get(0));
        });
    }

    @Override
    public List<ProcedureVersion> versions(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            findProcedure(em, code);
            Map<String, String> sectors = sectorNames(em);
            return em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE v.procedureCode = :c "
                    + "ORDER BY v.versionNo", ProcedureVersionEntity.class)
                .setParameter("c", code).getResultList().stream().map(v -> toDto(v, sectors)).toList();
        });
    }

    @Override
    public Page<ProcedureSummary> search(ProcedureQuery query, PageRequest page) {
        ProcedureQuery q = query == null ? ProcedureQuery.all() : query;
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder where = new StringBuilder(" WHERE v.validFrom <= :asOf AND (v.validTo IS NULL OR v.validTo > :asOf)");
            Map<String, Object> params = new HashMap<>();
            params.put("asOf", sql(Support.orToday(q.asOf())));
            where.append(" AND v.status = :status");
            params.put("status", (q.status() == null ? ProcedureStatus.ACTIVE : q.status()).name());
            int i = 0;
            for (String token : VietnameseText.tokens(q.text())) {
                if (i == 12) {
                    break; // more words add nothing but cost
                }
                where.append(" AND v.searchText LIKE :t").append(i);
                params.put("t" + i++, "% " + token + "%");
            }
            if (q.sector() != null) {
                where.append(" AND v.sectorCode = :sector");
                params.put("sector", q.sector());
            }
            if (q.level() != null) {
                where.append(" AND v.levels LIKE :level");
                params.put("level", "%|" + q.level().name() + "|%");
            }
            if (q.onlineLevel() != null) {
                where.append(" AND v.onlineLevel = :online");
                params.put("online", q.onlineLevel().name());
            }
            if (q.hasFee() != null) {
                where.append(" AND v.hasFee = :fee");
                params.put("fee", q.hasFee());
            }
            if (q.agency() != null) {
                List<String> agencies = new ArrayList<>(AgencyServiceImpl.subtreeCodes(em, q.agency()));
                where.append(" AND v.id IN (SELECT v2.id FROM ProcedureVersionEntity v2 WHERE v2.agencyCodes IN :agencies)");
                params.put("agencies", agencies);
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM ProcedureVersionEntity v" + where, Long.class);
            TypedQuery<ProcedureVersionEntity> select = em.createQuery("SELECT v FROM ProcedureVersionEntity v" + where
                + orderBy(page.sort()), ProcedureVersionEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                select.setParameter(k, v);
            });
            long total = count.getSingleResult();
            Map<String, String> sectors = sectorNames(em);
            List<ProcedureSummary> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(v -> summary(v, sectors)).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static String orderBy(List<SortOrder> sort) {
        List<String> parts = new ArrayList<>();
        for (SortOrder o : sort) {
            parts.add(SORT_COLUMNS.get(o.property()) + (o.ascending() ? " ASC" : " DESC"));
        }
        parts.add("v.procedureCode ASC");
        return " ORDER BY " + String.join(", ", parts);
    }

    @Override
    public long count() {
        return jpa.txExpr(TransactionType.Supports, em ->
            em.createQuery("SELECT COUNT(p) FROM ProcedureEntity p", Long.class).getSingleResult());
    }

    // ---------------------------------------------------------------------------------------------------------------

    static ProcedureEntity findProcedure(EntityManager em, String code) {
        ProcedureEntity p = code == null ? null : em.find(ProcedureEntity.class, code);
        if (p == null) {
            throw new NotFoundException("thủ tục", "Procedure", String.valueOf(code));
        }
        return p;
    }

    static ProcedureVersionEntity latest(EntityManager em, ProcedureEntity p) {
        return em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE v.procedureCode = :c AND v.versionNo = :n",
                ProcedureVersionEntity.class)
            .setParameter("c", p.getCode()).setParameter("n", p.getLatestVersion()).getSingleResult();
    }

    private ProcedureVersionEntity newVersion(ProcedureInput in, int number, ChangeType change, ProcedureStatus status,
                                              String replacedBy) {
        ProcedureVersionEntity v = new ProcedureVersionEntity();
        v.setId(Support.newId());
        v.setProcedureCode(in.code());
        v.setVersionNo(number);
        v.setChangeType(change.name());
        v.setStatus(status.name());
        v.setValidFrom(sql(in.decision().effectiveDate()));
        v.setDecisionNumber(in.decision().number().strip());
        v.setDecisionDate(sql(in.decision().date()));
        v.setReplacedBy(replacedBy);
        v.setNameVi(in.nameVi());
        v.setNameEn(in.nameEn());
        v.setSortName(VietnameseText.fold(in.nameVi()));
        v.setSearchText(" " + VietnameseText.fold(in.code() + " " + in.nameVi() + " "
            + (in.nameEn() == null ? "" : in.nameEn())) + " ");
        v.setSectorCode(in.sectorCode());
        v.setLevels("|" + in.levels().stream().map(Enum::name).collect(Collectors.joining("|")) + "|");
        v.setOnlineLevel(in.onlineLevel().name());
        v.setTimeValue(in.processingTime().value());
        v.setTimeUnit(in.processingTime().unit().name());
        v.setHasFee(hasFee(in.fees()));
        v.setContent(Support.toJson(in));
        v.setRecordedAt(Support.now());
        v.setAgencyCodes(new LinkedHashSet<>(in.agencyCodes()));
        return v;
    }

    /** A procedure has a fee when any fee has a positive amount, or only a rule (the amount depends on the case). */
    static boolean hasFee(List<Fee> fees) {
        for (Fee f : fees) {
            if (f.amount() != null ? f.amount() > 0 : f.rule() != null && !f.rule().isBlank()) {
                return true;
            }
        }
        return false;
    }

    static ProcedureInput content(ProcedureVersionEntity v) {
        return Support.fromJson(v.getContent(), ProcedureInput.class);
    }

    static Map<String, String> sectorNames(EntityManager em) {
        Map<String, String> names = new HashMap<>();
        for (SectorEntity s : em.createQuery("SELECT s FROM SectorEntity s", SectorEntity.class).getResultList()) {
            names.put(s.getCode(), s.getNameVi());
        }
        return names;
    }

    /** One version: only its own sector's name is read (lists read all names once, {@link #sectorNames}). */
    ProcedureVersion toDto(EntityManager em, ProcedureVersionEntity v) {
        String sector = v.getSectorCode();
        SectorEntity s = sector == null ? null : em.find(SectorEntity.class, sector);
        return toDto(v, s == null ? Map.of() : Map.of(s.getCode(), s.getNameVi()));
    }

    static ProcedureVersion toDto(ProcedureVersionEntity v, Map<String, String> sectors) {
        ProcedureInput c = content(v);
        return new ProcedureVersion(v.getProcedureCode(), v.getVersionNo(), ChangeType.valueOf(v.getChangeType()),
            ProcedureStatus.valueOf(v.getStatus()), local(v.getValidFrom()), local(v.getValidTo()), c.decision(),
            v.getReplacedBy(), c.nameVi(), c.nameEn(), c.sectorCode(), sectors.get(c.sectorCode()), c.levels(),
            c.agencyCodes(), c.onlineLevel(), c.legacyLevel(), c.processingTime(), c.steps(), c.channels(),
            c.components(), c.applicants(), c.applicantNote(), c.results(), c.fees(), v.isHasFee(), c.conditions(),
            c.legalBasis(), v.getRecordedAt().toInstant());
    }

    static ProcedureSummary summary(ProcedureVersionEntity v, Map<String, String> sectors) {
        ProcedureInput c = content(v);
        return new ProcedureSummary(v.getProcedureCode(), v.getVersionNo(), c.nameVi(), c.nameEn(), c.sectorCode(),
            sectors.get(c.sectorCode()), c.levels(), c.agencyCodes(), c.onlineLevel(), c.processingTime(), v.isHasFee(),
            ProcedureStatus.valueOf(v.getStatus()), local(v.getValidFrom()));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Checks a procedure input whole and returns it normalised (trimmed texts, online level derived from a legacy
     * level, defaults for optional lists). {@code pathCode} is the code in the URL for amendments.
     */
    ProcedureInput validate(EntityManager em, ProcedureInput in, String pathCode) {
        Checks c = new Checks();
        if (in == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        String code = Support.trim(in.code());
        if (pathCode != null) {
            if (code != null && !code.equals(pathCode)) {
                c.add("code", "mismatch", "Mã thủ tục khác với mã trên đường dẫn", "code differs from the one in the path");
            }
            code = pathCode;
        } else if (c.required("code", code)) {
            c.matches("code", code, PROCEDURE_CODE, "mã thủ tục như 1.001193", "a procedure code like 1.001193");
        }
        c.requiredText("nameVi", in.nameVi(), 1000);
        c.maxLength("nameEn", in.nameEn(), 1000);
        if (c.required("sectorCode", in.sectorCode()) && em.find(SectorEntity.class, in.sectorCode()) == null) {
            c.add("sectorCode", "unknown-sector", "Không có lĩnh vực '" + in.sectorCode() + "'",
                "no sector '" + in.sectorCode() + "'");
        }
        if (c.notEmpty("levels", in.levels())) {
            checkNoNulls(c, "levels", in.levels());
        }
        boolean decisionOk = checkDecision(c, in.decision());
        if (c.notEmpty("agencyCodes", in.agencyCodes()) && listSize(c, "agencyCodes", in.agencyCodes())) {
            for (int i = 0; i < in.agencyCodes().size(); i++) {
                String a = in.agencyCodes().get(i);
                String field = "agencyCodes[" + i + "]";
                if (!c.required(field, a)) {
                    continue;
                }
                AgencyEntity agency = em.find(AgencyEntity.class, a);
                if (agency == null) {
                    c.add(field, "unknown-agency", "Không có cơ quan '" + a + "'", "no agency '" + a + "'");
                } else if (decisionOk && !AgencyServiceImpl.validOn(agency, in.decision().effectiveDate())) {
                    c.add(field, "agency-not-valid", "Cơ quan '" + a + "' không hoạt động vào ngày hiệu lực "
                        + in.decision().effectiveDate() + (agency.getSuccessorCode() == null ? ""
                        : "; đã sáp nhập vào '" + agency.getSuccessorCode() + "'"),
                        "agency '" + a + "' does not exist on the effective date " + in.decision().effectiveDate()
                        + (agency.getSuccessorCode() == null ? "" : "; merged into '" + agency.getSuccessorCode() + "'"));
                }
            }
        }
        OnlineLevel online = in.onlineLevel();
        if (in.legacyLevel() != null) {
            if (c.range("legacyLevel", in.legacyLevel(), 1, 4)) {
                OnlineLevel mapped = OnlineLevel.fromLegacy(in.legacyLevel());
                if (online != null && online != mapped) {
                    c.add("onlineLevel", "inconsistent", "Mức độ trực tuyến mâu thuẫn với mức cũ " + in.legacyLevel(),
                        "onlineLevel contradicts legacy level " + in.legacyLevel());
                }
                online = mapped;
            }
        } else if (online == null) {
            c.add("onlineLevel", "required", "Cần mức độ trực tuyến (FULL, PARTIAL, NONE) hoặc mức cũ legacyLevel 2/3/4",
                "give onlineLevel (FULL, PARTIAL, NONE) or a legacy legacyLevel 2/3/4");
        }
        if (c.required("processingTime", in.processingTime())) {
            DurationUnit unit = in.processingTime().unit();
            BigDecimal value = in.processingTime().value();
            if (c.required("processingTime.unit", unit)) {
                if (unit == DurationUnit.IMMEDIATE) {
                    if (value != null && value.signum() != 0) {
                        c.add("processingTime.value", "immediate", "Thủ tục giải quyết ngay có thời hạn 0",
                            "an immediate procedure has value 0");
                    }
                } else if (c.required("processingTime.value", value)) {
                    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(3650)) > 0) {
                        c.add("processingTime.value", "out-of-range", "Thời hạn phải lớn hơn 0 và không quá 3650",
                            "must be greater than 0 and at most 3650");
                    } else if (value.scale() > 2) {
                        c.add("processingTime.value", "bad-format", "Tối đa 2 chữ số thập phân", "at most 2 decimals");
                    }
                }
            }
            c.maxLength("processingTime.note", in.processingTime().note(), MAX_TEXT);
        }
        if (c.notEmpty("channels", in.channels())) {
            checkNoNulls(c, "channels", in.channels());
            if (online == OnlineLevel.FULL && !in.channels().contains(Channel.ONLINE)) {
                c.add("channels", "online-missing", "Thủ tục trực tuyến toàn trình phải có kênh ONLINE",
                    "a full-online procedure must list the ONLINE channel");
            }
        }
        textList(c, "steps", in.steps());
        textList(c, "results", in.results());
        textList(c, "legalBasis", in.legalBasis());
        List<DossierComponent> components = in.components() == null ? List.of() : in.components();
        if (listSize(c, "components", components)) {
            for (int i = 0; i < components.size(); i++) {
                DossierComponent d = components.get(i);
                String f = "components[" + i + "]";
                if (!c.required(f, d)) {
                    continue;
                }
                c.requiredText(f + ".name", d.name(), 1000);
                c.range(f + ".quantity", d.quantity(), 1, 100);
                c.required(f + ".form", d.form());
                c.maxLength(f + ".note", d.note(), MAX_TEXT);
            }
        }
        List<Fee> fees = in.fees() == null ? List.of() : in.fees();
        if (listSize(c, "fees", fees)) {
            for (int i = 0; i < fees.size(); i++) {
                Fee fee = fees.get(i);
                String f = "fees[" + i + "]";
                if (!c.required(f, fee)) {
                    continue;
                }
                c.required(f + ".kind", fee.kind());
                c.requiredText(f + ".name", fee.name(), 1000);
                c.range(f + ".amount", fee.amount(), 0, 1_000_000_000_000L);
                c.maxLength(f + ".rule", fee.rule(), MAX_TEXT);
                if (fee.amount() == null && (fee.rule() == null || fee.rule().isBlank())) {
                    c.add(f + ".amount", "required", "Cần số tiền hoặc quy định tính phí", "give an amount or a rule");
                }
            }
        }
        if (in.applicants() != null) {
            checkNoNulls(c, "applicants", in.applicants());
        }
        c.maxLength("applicantNote", in.applicantNote(), MAX_TEXT);
        c.maxLength("conditions", in.conditions(), 20_000);
        c.throwIfAny();
        return new ProcedureInput(code, in.nameVi().strip(), Support.trim(in.nameEn()), in.sectorCode(),
            List.copyOf(new LinkedHashSet<AgencyLevel>(in.levels())), List.copyOf(new LinkedHashSet<>(in.agencyCodes())),
            online, in.legacyLevel(), in.processingTime(), orEmpty(in.steps()), List.copyOf(new LinkedHashSet<>(in.channels())),
            components.stream().map(d -> new DossierComponent(d.name().strip(), d.quantity() == null ? 1 : d.quantity(),
                d.form(), Boolean.TRUE.equals(d.mustDigitize()), Support.trim(d.note()))).toList(),
            in.applicants() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.applicants())),
            Support.trim(in.applicantNote()), orEmpty(in.results()), fees, Support.trim(in.conditions()),
            orEmpty(in.legalBasis()), in.decision());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static boolean listSize(Checks c, String field, List<?> list) {
        if (list != null && list.size() > MAX_LIST) {
            c.add(field, "too-many", "Quá " + MAX_LIST + " mục", "more than " + MAX_LIST + " items");
            return false;
        }
        return true;
    }

    private static void checkNoNulls(Checks c, String field, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            c.required(field + "[" + i + "]", list.get(i));
        }
    }

    private static void textList(Checks c, String field, List<String> list) {
        if (list == null || !listSize(c, field, list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            c.requiredText(field + "[" + i + "]", list.get(i), MAX_TEXT);
        }
    }

    static boolean checkDecision(Checks c, Decision d) {
        if (!c.required("decision", d)) {
            return false;
        }
        boolean ok = c.requiredText("decision.number", d.number(), 200);
        ok &= c.required("decision.effectiveDate", d.effectiveDate());
        if (d.date() != null && d.effectiveDate() != null && d.effectiveDate().isBefore(d.date())) {
            c.add("decision.effectiveDate", "before-decision", "Ngày hiệu lực trước ngày ban hành quyết định",
                "the effective date is before the decision date");
            ok = false;
        }
        return ok;
    }

    /** Equal content means an import can skip the procedure instead of publishing an identical version. */
    static boolean sameContent(ProcedureInput a, ProcedureInput b) {
        return Objects.equals(withDecisionAndAgencies(a, null, a.agencyCodes()),
            withDecisionAndAgencies(b, null, b.agencyCodes()));
    }
}
