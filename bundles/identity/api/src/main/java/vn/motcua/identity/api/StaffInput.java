package vn.motcua.identity.api;

/** A staff account to issue (cấp tài khoản): never self-registered. */
public record StaffInput(String username, String fullName, String email, String phone, Position position) {
}
