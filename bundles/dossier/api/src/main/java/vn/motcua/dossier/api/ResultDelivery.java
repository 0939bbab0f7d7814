package vn.motcua.dossier.api;

/** How the applicant wants the result (seed 000 Art 17): online, at the counter, or by post to an address. */
public record ResultDelivery(Method method, String postalAddress) {
    public enum Method { ONLINE, COUNTER, POST }
}
