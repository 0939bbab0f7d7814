package vn.motcua.platform.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker for JAX-RS root resources. A DS component annotated with {@code @Path} that provides this service is
 * published by the REST server under {@code /api/v1}, listed in the OpenAPI document, and removed when it goes away.
 */
@ConsumerType
public interface RestResource {
}
