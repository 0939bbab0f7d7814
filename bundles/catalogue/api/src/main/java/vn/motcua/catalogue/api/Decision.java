package vn.motcua.catalogue.api;

import java.time.LocalDate;

/** Quyết định công bố: the publication decision that creates, amends, replaces or abolishes a procedure. */
public record Decision(String number, LocalDate date, LocalDate effectiveDate) {
}
