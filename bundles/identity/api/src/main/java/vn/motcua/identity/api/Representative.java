package vn.motcua.identity.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen authorised to act for an organisation account: its legal representative (người đại diện theo pháp luật)
 * or a person it authorised (người được ủy quyền). While in force, between {@code validFrom} and {@code validUntil}
 * (inclusive, Vietnam dates; open when null), the citizen may open a session for the organisation
 * ({@link AuthenticationService#actAs}), in which the organisation is the applicant and the citizen the one who acts.
 *
 * @param scopeNote what the authorisation covers, as the organisation wrote it (e.g. the authorisation letter's
 *                  number and the procedures it names); kept with the record, not enforced
 */
public record Representative(String id, String organisationId, String organisationTaxCode, String organisationName,
                             String personId, String personIdNumber, String personName, Capacity capacity,
                             LocalDate validFrom, LocalDate validUntil, String scopeNote, Instant createdAt) {

    public enum Capacity {
        /** Người đại diện theo pháp luật. */
        LEGAL_REPRESENTATIVE,
        /** Người được ủy quyền. */
        AUTHORISED
    }
}
