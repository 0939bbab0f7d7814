package vn.motcua.catalogue.impl;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.Sector;
import vn.motcua.catalogue.api.SectorService;
import vn.motcua.catalogue.impl.entity.SectorEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.db.api.JpaTransactions;

@Component(service = {SectorService.class, SectorServiceImpl.class})
public class SectorServiceImpl implements SectorService {
    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    @Override
    public Sector save(Sector sector) {
        validate(sector);
        return JpaTransactions.write(jpa, em -> saveIn(em, sector).sector());
    }

    /** The sector saved, and whether anything changed (for import reports). */
    record Saved(Sector sector, boolean created, boolean changed) {
    }

    static void validate(Sector sector) {
        Checks c = new Checks();
        if (sector == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.requiredText("code", sector.code(), 64)) {
            c.matches("code", sector.code(), java.util.regex.Pattern.compile("^[A-Za-z0-9._-]+$"),
                "chữ, số, dấu chấm, gạch", "letters, digits, dot, dash, underscore");
        }
        c.requiredText("nameVi", sector.nameVi(), 500);
        c.maxLength("nameEn", sector.nameEn(), 500);
        c.throwIfAny();
    }

    Saved saveIn(javax.persistence.EntityManager em, Sector sector) {
        validate(sector);
        SectorEntity e = em.find(SectorEntity.class, sector.code());
        boolean created = e == null;
        if (created) {
            e = new SectorEntity();
            e.setCode(sector.code());
        }
        String nameVi = sector.nameVi().strip();
        String nameEn = Support.trim(sector.nameEn());
        boolean changed = created || !nameVi.equals(e.getNameVi()) || !java.util.Objects.equals(nameEn, e.getNameEn());
        e.setNameVi(nameVi);
        e.setNameEn(nameEn);
        if (created) {
            em.persist(e);
        }
        em.flush();
        return new Saved(toDto(e), created, changed);
    }

    @Override
    public Sector get(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            SectorEntity e = code == null ? null : em.find(SectorEntity.class, code);
            if (e == null) {
                throw new NotFoundException("lĩnh vực", "Sector", String.valueOf(code));
            }
            return toDto(e);
        });
    }

    @Override
    public List<Sector> list() {
        return jpa.txExpr(TransactionType.Supports, em ->
            em.createQuery("SELECT s FROM SectorEntity s ORDER BY s.code", SectorEntity.class).getResultList().stream()
                .map(SectorServiceImpl::toDto).toList());
    }

    static Sector toDto(SectorEntity e) {
        return new Sector(e.getCode(), e.getNameVi(), e.getNameEn());
    }
}
