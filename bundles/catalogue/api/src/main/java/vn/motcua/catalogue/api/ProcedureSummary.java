package vn.motcua.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;

/** A search hit: what a list of procedures shows. */
public record ProcedureSummary(String code, int version, String nameVi, String nameEn, String sectorCode,
                               String sectorNameVi, List<AgencyLevel> levels, List<String> agencyCodes,
                               OnlineLevel onlineLevel, ProcessingTime processingTime, boolean hasFee,
                               ProcedureStatus status, LocalDate validFrom) {
}
