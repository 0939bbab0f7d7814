package vn.motcua.identity.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sessions for people whose identity a trusted provider has already proved (the login connectors call this after
 * validating the provider's signed ID token; nothing here talks to the provider).
 * <p>
 * The person is matched to the citizen account of the same ID number: an account waiting for its one-time code
 * becomes active (the provider verified the person), a missing account is created active with no usable password,
 * a locked or disabled account is refused. Every outcome is audited.
 */
@ProviderType
public interface ExternalSignInService {
    /**
     * @throws vn.motcua.platform.api.error.ValidationException    the identity lacks a valid ID number or subject
     * @throws vn.motcua.platform.api.error.UnauthorizedException the account is locked or disabled
     */
    Session signIn(ExternalIdentity identity, String clientAddress);
}
