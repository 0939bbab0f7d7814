package vn.motcua.dossier.api;

import java.time.Instant;

/** One status change: who, when, from, to and why (never edited). */
public record DossierTransition(int seq, DossierAction action, DossierStatus from, DossierStatus to,
                                String actorName, String actorAgencyCode, Instant at, String reason,
                                String details) {
}
