package vn.motcua.platform.rest.openapi.sample;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Serialised names differ from constant names for RETIRED, to tell Jackson's values from JAX-RS's. */
public enum ProcedureStatus {
    DRAFT,
    ACTIVE,
    @JsonProperty("retired")
    RETIRED
}
