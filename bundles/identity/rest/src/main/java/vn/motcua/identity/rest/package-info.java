/**
 * HTTP face of identity: registration, verification, login, sessions and staff accounts, published by the platform
 * REST server under {@code /api/v1}. Every operation declares who may call it with
 * {@link vn.motcua.platform.api.security.Access}; the identity services own every rule (scope, policy, limits).
 * Private package: nothing here is exported.
 */
package vn.motcua.identity.rest;
