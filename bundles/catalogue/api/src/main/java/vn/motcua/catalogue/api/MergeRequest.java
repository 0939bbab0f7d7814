package vn.motcua.catalogue.api;

import java.time.LocalDate;

/**
 * Sáp nhập: the agency ceases on the day before {@code effectiveDate}; from that date its procedures, internal processes
 * and future dossiers belong to {@code successorCode}. History keeps the merged agency.
 */
public record MergeRequest(String successorCode, LocalDate effectiveDate, String decisionNumber, String note) {
}
