/**
 * HTTP face of the procedure catalogue: JAX-RS resources published by the platform REST server under
 * {@code /api/v1}. They translate HTTP to service calls and nothing more; every catalogue rule lives in the services.
 * Private package: nothing here is exported.
 */
package vn.motcua.catalogue.rest;
