package vn.motcua.identity.api;

/**
 * A person as a trusted external identity provider vouched for it: the national identity (VNeID) or the national public
 * service portal's single sign-on, reached through an OpenID Connect login connector.
 *
 * @param provider    the connector's provider id (e.g. {@code vneid}), recorded in the audit trail
 * @param subject     the provider's stable subject identifier ({@code sub})
 * @param idNumber    the citizen's 12-digit ID number (số định danh cá nhân), which links the person to a MotCua
 *                    citizen account
 * @param displayName full name as the provider states it (may be null)
 * @param email       verified email if the provider gives one (may be null)
 * @param phone       verified phone if the provider gives one (may be null)
 * @param assurance   the provider's level of assurance ({@code acr}) if given, recorded in the audit trail
 */
public record ExternalIdentity(String provider, String subject, String idNumber, String displayName, String email,
                               String phone, String assurance) {
}
