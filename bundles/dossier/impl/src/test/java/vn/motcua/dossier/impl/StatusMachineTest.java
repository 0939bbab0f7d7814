package vn.motcua.dossier.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.dossier.api.DossierAction;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.platform.api.error.ConflictException;

/** The transitions of DOMAIN §6, and nothing else. */
// clauses: 001-13.1d
public class StatusMachineTest {

    @Test
    public void theDocumentedTransitionsAreAllowed() {
        assertEquals(DossierStatus.SUBMITTED, StatusMachine.next(null, DossierAction.SUBMIT, null));
        assertEquals(DossierStatus.SUBMITTED, StatusMachine.next(DossierStatus.DRAFT, DossierAction.SUBMIT, null));
        assertEquals(DossierStatus.RECEIVED, StatusMachine.next(DossierStatus.SUBMITTED, DossierAction.ACCEPT, null));
        assertEquals(DossierStatus.NOT_ACCEPTED, StatusMachine.next(DossierStatus.SUBMITTED, DossierAction.REFUSE,
            null));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, StatusMachine.next(DossierStatus.SUBMITTED,
            DossierAction.REQUEST_SUPPLEMENT, null));
        assertEquals(DossierStatus.RECEIVED, StatusMachine.next(null, DossierAction.RECEIVE_AT_COUNTER, null));
        assertEquals(DossierStatus.PROCESSING, StatusMachine.next(DossierStatus.RECEIVED, DossierAction.TRANSFER,
            null));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, StatusMachine.next(DossierStatus.PROCESSING,
            DossierAction.REQUEST_SUPPLEMENT, null));
        assertEquals(DossierStatus.FINANCIAL_OBLIGATION, StatusMachine.next(DossierStatus.PROCESSING,
            DossierAction.REQUEST_PAYMENT, null));
        assertEquals(DossierStatus.PROCESSING, StatusMachine.next(DossierStatus.FINANCIAL_OBLIGATION,
            DossierAction.CONFIRM_PAYMENT, null));
        assertEquals(DossierStatus.STOPPED, StatusMachine.next(DossierStatus.PROCESSING, DossierAction.STOP, null));
        assertEquals(DossierStatus.STOPPED, StatusMachine.next(DossierStatus.WITHDRAWN, DossierAction.STOP, null));
        assertEquals(DossierStatus.PROCESSED, StatusMachine.next(DossierStatus.PROCESSING, DossierAction.COMPLETE,
            null));
        assertEquals(DossierStatus.RETURNED, StatusMachine.next(DossierStatus.PROCESSED, DossierAction.RETURN_RESULT,
            null));
    }

    @Test
    public void aSupplementResumesTheStatusItInterrupted() {
        assertEquals(DossierStatus.SUBMITTED, StatusMachine.next(DossierStatus.SUPPLEMENT_REQUESTED,
            DossierAction.SUPPLEMENT, DossierStatus.SUBMITTED));
        assertEquals(DossierStatus.PROCESSING, StatusMachine.next(DossierStatus.SUPPLEMENT_REQUESTED,
            DossierAction.SUPPLEMENT, DossierStatus.PROCESSING));
        assertThrows(ConflictException.class, () -> StatusMachine.next(DossierStatus.SUPPLEMENT_REQUESTED,
            DossierAction.SUPPLEMENT, null));
    }

    @Test
    public void withdrawalIsPossibleFromEveryOpenStatusButNotOnceTheResultIsReady() {
        Set<DossierStatus> allowed = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
            DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);
        for (DossierStatus s : DossierStatus.values()) {
            if (allowed.contains(s)) {
                assertEquals(DossierStatus.WITHDRAWN, StatusMachine.next(s, DossierAction.WITHDRAW, null));
            } else {
                ConflictException e = assertThrows(s.name(), ConflictException.class,
                    () -> StatusMachine.next(s, DossierAction.WITHDRAW, null));
                assertEquals("transition-not-allowed", e.code());
            }
        }
    }

    @Test
    public void nothingLeavesAFinalStatus() {
        List<String> escapes = new ArrayList<>();
        for (DossierStatus s : DossierStatus.values()) {
            if (!s.isFinal()) {
                continue;
            }
            for (DossierAction a : DossierAction.values()) {
                if (StatusMachine.allows(s, a)) {
                    escapes.add(s + " --" + a + "->");
                }
            }
        }
        assertTrue(escapes.toString(), escapes.isEmpty());
    }

    @Test
    public void onlySubmissionAndCounterIntakeCreateDossiers() {
        for (DossierAction a : DossierAction.values()) {
            if (a == DossierAction.SUBMIT || a == DossierAction.RECEIVE_AT_COUNTER || a == DossierAction.SAVE_DRAFT) {
                continue;
            }
            assertThrows(a.name(), ConflictException.class, () -> StatusMachine.next(null, a, null));
        }
        ConflictException e = assertThrows(ConflictException.class,
            () -> StatusMachine.next(DossierStatus.RECEIVED, DossierAction.ACCEPT, null));
        assertTrue(e.messageVi(), e.messageVi().contains("trạng thái 2"));
    }
}
