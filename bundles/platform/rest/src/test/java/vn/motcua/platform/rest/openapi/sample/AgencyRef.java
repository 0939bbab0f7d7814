package vn.motcua.platform.rest.openapi.sample;

public record AgencyRef(String id, String name) {
}
