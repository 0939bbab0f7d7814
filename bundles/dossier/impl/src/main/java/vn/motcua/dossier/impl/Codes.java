package vn.motcua.dossier.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import vn.motcua.dossier.impl.entity.CodeSequenceEntity;

/**
 * Mã số hồ sơ per Circular 01/2018 Art 19: {@code <agency code>-<YYMMDD>-<NNNN>}, NNNN the agency's sequence of that
 * day; for centrally run nationwide services (Circular 04/2025, from 25/01/2026) {@code <agency>-<YYMMDD>-<AA><NNNN>}
 * with the configured two-character prefix AA, from the same sequence. The sequence row is incremented by an UPDATE inside the transaction that creates the dossier: the row lock
 * serialises concurrent intakes of one agency on every node, and a rolled-back intake gives its number back, so the
 * numbers of a day have no gaps and no repeats.
 */
final class Codes {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Codes() {
    }

    /** Circular 04/2025/TT-VPCP numbers centrally run services' dossiers from this day. */
    static final LocalDate CENTRAL_CODES_FROM = LocalDate.of(2026, 1, 25);
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Z]{2}");

    /**
     * The Circular 04/2025 prefix (AA) for a dossier of {@code procedureCode} received on {@code day}: the configured
     * prefix when the procedure is listed as a centrally run service (entries may hold several comma-separated codes)
     * and the day is not before 25/01/2026; otherwise none. A prefix that is not two capital letters or digits is
     * not used.
     */
    static String prefix(String procedureCode, LocalDate day, String[] centralProcedures, String configuredPrefix) {
        String prefix = configuredPrefix == null ? "" : configuredPrefix.strip();
        if (!PREFIX.matcher(prefix).matches() || day.isBefore(CENTRAL_CODES_FROM) || centralProcedures == null) {
            return "";
        }
        for (String listed : centralProcedures) {
            for (String code : listed.split(",")) {
                if (code.strip().equals(procedureCode)) {
                    return prefix;
                }
            }
        }
        return "";
    }

    static String next(EntityManager em, String agencyCode, LocalDate day) {
        return next(em, agencyCode, day, "");
    }

    static String next(EntityManager em, String agencyCode, LocalDate day, String prefix) {
        String key = agencyCode + "|" + day;
        int updated = em.createNativeQuery(
                "UPDATE dossier_code_sequence SET last_value = last_value + 1 WHERE sequence_key = ?")
            .setParameter(1, key).executeUpdate();
        int value;
        if (updated == 0) {
            // first dossier of the day: a concurrent first insert on another thread or node fails on the primary key
            // and its whole transaction is retried by the caller, then finds this row
            CodeSequenceEntity row = new CodeSequenceEntity();
            row.setSequenceKey(key);
            row.setAgencyCode(agencyCode);
            row.setDay(Date.valueOf(day));
            row.setLastValue(1);
            em.persist(row);
            em.flush();
            value = 1;
        } else {
            List<?> found = em.createNativeQuery("SELECT last_value FROM dossier_code_sequence WHERE sequence_key = ?")
                .setParameter(1, key).getResultList();
            value = ((Number) found.get(0)).intValue();
        }
        // four digits as the circular prints them; an agency's 10,000th dossier of a day gets five, never a repeat
        return agencyCode + "-" + day.format(YYMMDD) + "-" + prefix + String.format("%04d", value);
    }
}
