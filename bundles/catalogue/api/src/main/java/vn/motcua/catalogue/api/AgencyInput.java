package vn.motcua.catalogue.api;

import java.time.LocalDate;

import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;

/** Body to create or update an agency, also one row of a catalogue import. */
public record AgencyInput(String code, String parentCode, String nameVi, String nameEn, AgencyKind kind,
                          AgencyLevel level, String address, String phone, String email, String website,
                          LocalDate validFrom, LocalDate validTo) {
}
