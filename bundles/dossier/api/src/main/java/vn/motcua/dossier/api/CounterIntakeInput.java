package vn.motcua.dossier.api;

import java.util.Map;

import vn.motcua.catalogue.api.Enums.Channel;

/** A paper dossier handed in at the counter or arriving by post, entered and received by the officer in one step. */
public record CounterIntakeInput(String procedureCode, String agencyCode, Channel channel, Applicant applicant,
                                 Representative representative, Map<String, Object> formData,
                                 ResultDelivery delivery, String note) {
}
