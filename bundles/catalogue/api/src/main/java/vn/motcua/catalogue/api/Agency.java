package vn.motcua.catalogue.api;

import java.time.LocalDate;

import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;

/**
 * A node of the agency tree (cơ quan, đơn vị) with its QCVN 102 code. {@code validTo} is set when the agency was
 * merged or closed; {@code successorCode} names the agency that took over its procedures and future dossiers.
 */
public record Agency(String code, String parentCode, String nameVi, String nameEn, AgencyKind kind, AgencyLevel level,
                     String address, String phone, String email, String website, LocalDate validFrom,
                     LocalDate validTo, String successorCode, long version) {
}
