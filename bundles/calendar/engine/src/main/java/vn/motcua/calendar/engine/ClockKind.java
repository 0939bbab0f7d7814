package vn.motcua.calendar.engine;

/** Which clock a receipt starts; they differ in the receipt-time rules that apply. */
public enum ClockKind {
    /**
     * The processing clock of a received dossier (seed 000 Art 16.1): the rule set's cut-off applies (received after
     * 15:00 → counted from the start of the next working day), outside working hours → next working start.
     */
    PROCESSING,
    /**
     * The clock of the acceptance window of an online dossier (8 working hours, seeds 001 Art 11.2a, 003 Art 16.1a):
     * no cut-off; outside working hours the count starts at the next working hour.
     */
    ACCEPTANCE
}
