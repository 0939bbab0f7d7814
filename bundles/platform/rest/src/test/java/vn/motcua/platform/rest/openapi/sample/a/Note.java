package vn.motcua.platform.rest.openapi.sample.a;

public record Note(String text) {
}
