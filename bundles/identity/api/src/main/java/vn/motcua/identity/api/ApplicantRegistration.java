package vn.motcua.identity.api;

/**
 * Đăng ký tài khoản: a citizen gives the 12-digit ID number, an organisation its tax code (10 or 13 digits). The
 * one-time code goes to {@code email} (channel EMAIL) or {@code phone} (channel SMS).
 */
public record ApplicantRegistration(Account.AccountKind kind, String idNumber, String taxCode, String fullName,
                                    String email, String phone, String password, VerificationChannel channel) {
}
