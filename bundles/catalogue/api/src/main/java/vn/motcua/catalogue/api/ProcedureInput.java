package vn.motcua.catalogue.api;

import java.util.List;

import vn.motcua.catalogue.api.Enums.ApplicantType;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;

/**
 * A procedure as published by one decision: the body of create and amend requests and one item of a catalogue import.
 * Give either {@code onlineLevel} or a legacy {@code legacyLevel} (2, 3 or 4).
 */
public record ProcedureInput(String code, String nameVi, String nameEn, String sectorCode, List<AgencyLevel> levels,
                             List<String> agencyCodes, OnlineLevel onlineLevel, Integer legacyLevel,
                             ProcessingTime processingTime, List<String> steps, List<Channel> channels,
                             List<DossierComponent> components, List<ApplicantType> applicants, String applicantNote,
                             List<String> results, List<Fee> fees, String conditions, List<String> legalBasis,
                             Decision decision) {
}
