package vn.motcua.identity.api;

/** Login by ID number / tax code / user name and password. */
public record LoginRequest(String login, String password) {
}
