package vn.motcua.calendar.rest;

import java.math.BigDecimal;

import vn.motcua.calendar.engine.DurationUnit;

/** A time limit as the catalogue publishes it: {@code {"value": 15, "unit": "WORKING_DAYS"}}. */
public record DurationInput(BigDecimal value, DurationUnit unit) {
}
