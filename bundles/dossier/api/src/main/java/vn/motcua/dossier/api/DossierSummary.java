package vn.motcua.dossier.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A line of a list (the applicant's dossiers, an officer's queue).
 *
 * @param workingMinutesLeft for a queue: working minutes left until {@code deadline} (negative: overdue)
 * @param deadline           the deadline that matters in the list: the intake deadline of a submitted dossier,
 *                           otherwise the appointment
 */
public record DossierSummary(String id, String code, String procedureCode, String procedureName, String agencyCode,
                             String applicantName, DossierStatus status, int statusCode, Instant submittedAt,
                             LocalDateTime receivedAt, LocalDateTime deadline, Long workingMinutesLeft,
                             boolean overdue) {
}
