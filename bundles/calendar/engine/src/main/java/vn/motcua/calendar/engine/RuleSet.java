package vn.motcua.calendar.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The deadline rules in force from a date (DOMAIN §3: a dossier is judged by the rules in force at its receipt).
 *
 * @param id                         stable identifier stored with a dossier, e.g. {@code ND118-2025}
 * @param effectiveFrom              first receipt date the set applies to
 * @param legalBasis                 the texts it follows
 * @param cutOff                     receipt-time policy: a dossier received after this time of day counts from the
 *                                   start of the next working day (seed 000 Art 16.1, default 15:00); {@code null} =
 *                                   no cut-off (seed 001 Art 11.3b)
 * @param clockStop                  what waiting for the applicant does to the deadline (seed 000: RESTART)
 * @param dueSoonWorkingDays         "less than this many working days left" raises {@link Warning#DUE_SOON} (16.6b: 1)
 * @param supplementWaitWorkingDays  working days the applicant has to supplement before the dossier is closed, or
 *                                   {@code null} for no limit
 * @param maxExtensions              how often an apology may set a new due date (once)
 */
public record RuleSet(String id, String nameVi, String nameEn, LocalDate effectiveFrom, String legalBasis,
                      LocalTime cutOff, ClockStopMode clockStop, BigDecimal dueSoonWorkingDays,
                      Integer supplementWaitWorkingDays, int maxExtensions) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(clockStop, "clockStop");
        Objects.requireNonNull(dueSoonWorkingDays, "dueSoonWorkingDays");
        if (maxExtensions < 0) {
            throw new IllegalArgumentException("maxExtensions < 0");
        }
    }

    /** The same rules with another receipt cut-off ({@code null}: none). */
    public RuleSet withCutOff(LocalTime newCutOff) {
        return new RuleSet(id, nameVi, nameEn, effectiveFrom, legalBasis, newCutOff, clockStop, dueSoonWorkingDays,
            supplementWaitWorkingDays, maxExtensions);
    }

    public RuleSet withClockStop(ClockStopMode mode) {
        return new RuleSet(id, nameVi, nameEn, effectiveFrom, legalBasis, cutOff, mode, dueSoonWorkingDays,
            supplementWaitWorkingDays, maxExtensions);
    }
}
