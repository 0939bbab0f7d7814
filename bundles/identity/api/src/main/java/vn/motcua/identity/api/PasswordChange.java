package vn.motcua.identity.api;

public record PasswordChange(String currentPassword, String newPassword) {
}
