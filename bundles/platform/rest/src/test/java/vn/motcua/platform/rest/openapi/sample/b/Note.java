package vn.motcua.platform.rest.openapi.sample.b;

public record Note(String body, int priority) {
}
