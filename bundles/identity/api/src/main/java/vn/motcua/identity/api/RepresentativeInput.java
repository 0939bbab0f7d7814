package vn.motcua.identity.api;

import java.time.LocalDate;

/**
 * An authorised person to add: the citizen's 12-digit ID number (số căn cước; the citizen must have a verified
 * account), the capacity, optional validity dates (Vietnam dates, inclusive) and a note on what it covers.
 */
public record RepresentativeInput(String idNumber, Representative.Capacity capacity, LocalDate validFrom,
                                  LocalDate validUntil, String scopeNote) {
}
