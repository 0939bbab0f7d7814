package vn.motcua.catalogue.api;

import java.math.BigDecimal;

import vn.motcua.catalogue.api.Enums.StepRole;

/** Bước: one step of an internal process, owned by a unit and role, with its allotted working hours. */
public record ProcessStep(String name, String unit, StepRole role, BigDecimal hours) {
}
