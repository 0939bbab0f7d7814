package vn.motcua.catalogue.api;

import java.math.BigDecimal;

import vn.motcua.catalogue.api.Enums.DurationUnit;

/** Statutory processing time, e.g. 5 WORKING_DAYS, 4 WORKING_HOURS, 0 IMMEDIATE; {@code note} keeps the published text. */
public record ProcessingTime(BigDecimal value, DurationUnit unit, String note) {
}
