package vn.motcua.identity.impl;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.persistence.EntityManager;

import vn.motcua.identity.api.Representative;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.RepresentativeEntity;

/** Organisation authorisations: when one is in force, and how it is shown. Dates are Vietnam dates. */
final class Representatives {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Representatives() {
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, VIETNAM);
    }

    /** Not removed, and {@code day} within its validity dates (inclusive; open ends). */
    static boolean inForceOn(RepresentativeEntity r, LocalDate day) {
        return r != null && RepresentativeEntity.IN_FORCE.equals(r.getInForce())
            && (r.getValidFrom() == null || !day.isBefore(r.getValidFrom().toLocalDate()))
            && (r.getValidUntil() == null || !day.isAfter(r.getValidUntil().toLocalDate()));
    }

    /** The first instant the authorisation no longer covers: the start of the day after validUntil; null if open. */
    static Instant endOf(RepresentativeEntity r) {
        return r.getValidUntil() == null ? null
            : r.getValidUntil().toLocalDate().plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Representative toDto(RepresentativeEntity r, AccountEntity organisation, AccountEntity person) {
        return new Representative(r.getId(), organisation.getId(), organisation.getLogin(),
            organisation.getDisplayName(), person.getId(), person.getLogin(), person.getDisplayName(),
            Representative.Capacity.valueOf(r.getCapacity()),
            r.getValidFrom() == null ? null : r.getValidFrom().toLocalDate(),
            r.getValidUntil() == null ? null : r.getValidUntil().toLocalDate(), r.getScopeNote(),
            Support.instant(r.getCreatedAt()));
    }

    static RepresentativeEntity find(EntityManager em, String id) {
        return id == null || id.length() > 36 ? null : em.find(RepresentativeEntity.class, id);
    }
}
