package vn.motcua.platform.rest.openapi.sample;

import java.time.Instant;
import java.util.List;

/** Recursive: a step has sub-steps. */
public record StepDto(int order, String title, Instant updatedAt, List<StepDto> subSteps) {
}
