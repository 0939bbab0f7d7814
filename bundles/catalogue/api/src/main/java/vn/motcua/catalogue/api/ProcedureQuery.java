package vn.motcua.catalogue.api;

import java.time.LocalDate;

import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;

/**
 * Search filters; every one optional. {@code text} matches words of the name or code with or without diacritics, in any
 * order; {@code agency} includes the agency's sub-tree; {@code asOf} defaults to today; {@code status} null = ACTIVE.
 */
public record ProcedureQuery(String text, String sector, String agency, AgencyLevel level, OnlineLevel onlineLevel,
                             Boolean hasFee, LocalDate asOf, ProcedureStatus status) {
    public static ProcedureQuery all() {
        return new ProcedureQuery(null, null, null, null, null, null, null, null);
    }
}
