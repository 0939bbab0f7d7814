package vn.motcua.identity.api;

/** The new account and its one-time password, to hand over; it must be changed at first login. */
public record StaffCreated(Account account, String temporaryPassword) {
}
