package vn.motcua.calendar.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The rule sets of a province, ordered by the date they take effect; {@link #forReceipt(LocalDate)} picks the one in
 * force on a receipt date.
 */
public final class RuleSets {
    /** Decree 61/2018/NĐ-CP (from 21/08/2018), amended by Decree 107/2021/NĐ-CP. */
    public static final RuleSet REGIME_2018 = new RuleSet("ND61-2018",
        "Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)",
        "Decree 61/2018 (amended by Decree 107/2021)", LocalDate.of(2018, 8, 21),
        "Nghị định 61/2018/NĐ-CP, Nghị định 107/2021/NĐ-CP, Thông tư 01/2018/TT-VPCP; quy chế tỉnh (seed 000 Điều 16)",
        LocalTime.of(15, 0), ClockStopMode.RESTART, BigDecimal.ONE, null, 1);
    /**
     * Decree 118/2025/NĐ-CP (from 01/07/2025), amended by Decree 367/2025/NĐ-CP: the same deadline rules, plus the
     * dossier is closed when the applicant does not supplement within 15 working days (DOMAIN §8).
     */
    public static final RuleSet REGIME_2025 = new RuleSet("ND118-2025",
        "Nghị định 118/2025/NĐ-CP (sửa đổi bởi Nghị định 367/2025/NĐ-CP)",
        "Decree 118/2025 (amended by Decree 367/2025)", LocalDate.of(2025, 7, 1),
        "Nghị định 118/2025/NĐ-CP, Nghị định 367/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP; quy chế tỉnh (seed 000 Điều 16)",
        LocalTime.of(15, 0), ClockStopMode.RESTART, BigDecimal.ONE, 15, 1);

    private static final RuleSets DEFAULTS = new RuleSets(List.of(REGIME_2018, REGIME_2025));

    private final List<RuleSet> sets;

    public RuleSets(List<RuleSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set");
        }
        List<RuleSet> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two rule sets from " + sorted.get(i).effectiveFrom());
            }
        }
        this.sets = List.copyOf(sorted);
    }

    /** The national rule sets with their default policies. */
    public static RuleSets defaults() {
        return DEFAULTS;
    }

    /** Every set changed the same way, e.g. a province's cut-off policy. */
    public RuleSets map(UnaryOperator<RuleSet> change) {
        return new RuleSets(sets.stream().map(change).toList());
    }

    /** The set in force on {@code receiptDate}; the oldest one for earlier dates. */
    public RuleSet forReceipt(LocalDate receiptDate) {
        RuleSet found = sets.get(0);
        for (RuleSet s : sets) {
            if (!s.effectiveFrom().isAfter(receiptDate)) {
                found = s;
            }
        }
        return found;
    }

    /** The set with this id (as stored with a dossier). */
    public RuleSet byId(String id) {
        for (RuleSet s : sets) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no rule set " + id);
    }

    public List<RuleSet> all() {
        return sets;
    }
}
