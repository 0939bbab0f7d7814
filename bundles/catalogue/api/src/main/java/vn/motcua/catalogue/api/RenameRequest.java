package vn.motcua.catalogue.api;

import java.time.LocalDate;

/** Đổi tên: a new official name from an effective date, by a decision. */
public record RenameRequest(String nameVi, String nameEn, LocalDate effectiveDate, String decisionNumber) {
}
