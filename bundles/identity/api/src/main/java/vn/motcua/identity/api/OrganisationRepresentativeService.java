package vn.motcua.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Organisation accounts with several authorised people. The organisation manages them in its own session (logged in
 * with its tax code), never a person acting for it; a citizen sees the organisations it may act for. Every change is
 * on the audit trail.
 */
@ProviderType
public interface OrganisationRepresentativeService {
    /**
     * The authorised people of the calling organisation, in force now or from a later date.
     *
     * @throws vn.motcua.platform.api.error.ForbiddenException {@code organisation-only} unless the caller is an
     *         organisation account in its own session
     */
    List<Representative> list();

    /**
     * @throws vn.motcua.platform.api.error.ValidationException bad input, or no verified citizen account has the ID
     *         number
     * @throws vn.motcua.platform.api.error.ConflictException    the person is already authorised for the organisation
     */
    Representative add(RepresentativeInput input);

    /**
     * Ends an authorisation of the calling organisation at once: the sessions in which the person acts for it are
     * revoked on every node.
     *
     * @throws vn.motcua.platform.api.error.NotFoundException no such authorisation in force for this organisation
     */
    void remove(String representativeId);

    /** The organisations the calling citizen may act for today. */
    List<Representative> organisations();
}
