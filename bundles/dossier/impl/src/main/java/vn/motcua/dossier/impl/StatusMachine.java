package vn.motcua.dossier.impl;

import static vn.motcua.dossier.api.DossierStatus.DRAFT;
import static vn.motcua.dossier.api.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.motcua.dossier.api.DossierStatus.NOT_ACCEPTED;
import static vn.motcua.dossier.api.DossierStatus.PROCESSED;
import static vn.motcua.dossier.api.DossierStatus.PROCESSING;
import static vn.motcua.dossier.api.DossierStatus.RECEIVED;
import static vn.motcua.dossier.api.DossierStatus.RETURNED;
import static vn.motcua.dossier.api.DossierStatus.STOPPED;
import static vn.motcua.dossier.api.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.api.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.api.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.api.DossierAction;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.platform.api.error.ConflictException;

/**
 * The one place that says which action may move a dossier from which status to which (DOMAIN §6: 1→2|3|5; 2→4;
 * 4→5→4; 4→6→4; 4→8; any non-final→7→8; 4→9→10). A supplement resumes the status it interrupted: an online dossier
 * supplemented during intake waits for intake again (5→1), one supplemented during processing goes on (5→4).
 */
final class StatusMachine {
    /** Statuses an action may start from. */
    private static final Map<DossierAction, Set<DossierStatus>> FROM = new EnumMap<>(DossierAction.class);
    private static final Map<DossierAction, DossierStatus> TO = new EnumMap<>(DossierAction.class);

    static {
        rule(DossierAction.SUBMIT, EnumSet.of(DRAFT), SUBMITTED);
        rule(DossierAction.ACCEPT, EnumSet.of(SUBMITTED), RECEIVED);
        rule(DossierAction.RECEIVE_AT_COUNTER, EnumSet.noneOf(DossierStatus.class), RECEIVED);
        rule(DossierAction.REQUEST_SUPPLEMENT, EnumSet.of(SUBMITTED, PROCESSING), SUPPLEMENT_REQUESTED);
        rule(DossierAction.SUPPLEMENT, EnumSet.of(SUPPLEMENT_REQUESTED), null);
        rule(DossierAction.REFUSE, EnumSet.of(SUBMITTED), NOT_ACCEPTED);
        rule(DossierAction.TRANSFER, EnumSet.of(RECEIVED), PROCESSING);
        rule(DossierAction.REQUEST_PAYMENT, EnumSet.of(PROCESSING), FINANCIAL_OBLIGATION);
        rule(DossierAction.CONFIRM_PAYMENT, EnumSet.of(FINANCIAL_OBLIGATION), PROCESSING);
        rule(DossierAction.WITHDRAW, EnumSet.of(SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED,
            FINANCIAL_OBLIGATION), WITHDRAWN);
        rule(DossierAction.STOP, EnumSet.of(PROCESSING, WITHDRAWN, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION),
            STOPPED);
        rule(DossierAction.COMPLETE, EnumSet.of(PROCESSING), PROCESSED);
        rule(DossierAction.RETURN_RESULT, EnumSet.of(PROCESSED), RETURNED);
    }

    private StatusMachine() {
    }

    private static void rule(DossierAction action, Set<DossierStatus> from, DossierStatus to) {
        FROM.put(action, from);
        TO.put(action, to);
    }

    /**
     * The status after {@code action}; {@code current} null for a dossier being created, {@code interrupted} the
     * status a supplement request interrupted (needed only for {@link DossierAction#SUPPLEMENT}).
     *
     * @throws ConflictException the action is not possible in the current status (HTTP 409: reload and look)
     */
    static DossierStatus next(DossierStatus current, DossierAction action, DossierStatus interrupted) {
        Set<DossierStatus> from = FROM.getOrDefault(action, Set.of());
        boolean creating = current == null;
        // only counter intake and online submission create dossiers (submission also from a draft)
        boolean allowed = creating ? action == DossierAction.RECEIVE_AT_COUNTER || action == DossierAction.SUBMIT
            : from.contains(current);
        if (!allowed) {
            throw notAllowed(current, action);
        }
        if (action == DossierAction.SUPPLEMENT) {
            if (interrupted != SUBMITTED && interrupted != PROCESSING) {
                throw notAllowed(current, action);
            }
            return interrupted;
        }
        return TO.get(action);
    }

    static boolean allows(DossierStatus current, DossierAction action) {
        return current != null && FROM.getOrDefault(action, Set.of()).contains(current);
    }

    private static ConflictException notAllowed(DossierStatus current, DossierAction action) {
        String vi = current == null ? "hồ sơ mới" : "trạng thái " + current.code() + " (" + current.nameVi() + ")";
        String en = current == null ? "a new dossier" : "status " + current.code() + " (" + current.nameEn() + ")";
        return new ConflictException("transition-not-allowed",
            "Không thể thực hiện thao tác " + action + " với hồ sơ ở " + vi,
            "Action " + action + " is not possible for " + en);
    }

    /** For tests and documentation: every (from, action) pair the machine accepts. */
    static Map<DossierAction, Set<DossierStatus>> table() {
        return FROM;
    }
}
