package vn.motcua.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.Enums.ApplicantType;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;

/**
 * One immutable version of a procedure, in force from {@code validFrom} (the decision's effective date) until the day
 * before {@code validTo} (open when null). A dossier pins {@code code} + {@code version}.
 */
public record ProcedureVersion(String code, int version, ChangeType changeType, ProcedureStatus status,
                               LocalDate validFrom, LocalDate validTo, Decision decision, String replacedBy,
                               String nameVi, String nameEn, String sectorCode, String sectorNameVi,
                               List<AgencyLevel> levels, List<String> agencyCodes, OnlineLevel onlineLevel,
                               Integer legacyLevel, ProcessingTime processingTime, List<String> steps,
                               List<Channel> channels, List<DossierComponent> components,
                               List<ApplicantType> applicants, String applicantNote, List<String> results,
                               List<Fee> fees, boolean hasFee, String conditions, List<String> legalBasis,
                               Instant recordedAt) {
}
