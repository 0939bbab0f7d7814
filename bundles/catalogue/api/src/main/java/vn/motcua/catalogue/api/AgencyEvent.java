package vn.motcua.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.catalogue.api.Enums.AgencyEventType;

/** One entry of an agency's history; never edited. */
public record AgencyEvent(String agencyCode, AgencyEventType type, LocalDate effectiveDate, String decisionNumber,
                          String detail, String relatedAgencyCode, Instant recordedAt) {
}
