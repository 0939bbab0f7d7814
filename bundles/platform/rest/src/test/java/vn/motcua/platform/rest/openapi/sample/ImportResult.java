package vn.motcua.platform.rest.openapi.sample;

import java.util.List;

import vn.motcua.platform.api.error.FieldError;

/** Uses the API's FieldError record, whose simple name is taken by the fixed Problem.errors schema. */
public record ImportResult(int created, int updated, List<FieldError> rejected) {
}
