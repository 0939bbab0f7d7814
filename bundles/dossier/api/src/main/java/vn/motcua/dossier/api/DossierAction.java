package vn.motcua.dossier.api;

/** What someone did to a dossier; each action is one transition of the status machine (DOMAIN §6). */
public enum DossierAction {
    /** Applicant saves a draft (no transition recorded until submission). */
    SAVE_DRAFT,
    /** Applicant submits online: DRAFT/new → SUBMITTED. */
    SUBMIT,
    /** One-stop officer accepts an online dossier: SUBMITTED → RECEIVED, receipt issued. */
    ACCEPT,
    /** Officer enters a counter or postal dossier and receives it in one step: new → RECEIVED. */
    RECEIVE_AT_COUNTER,
    /** Officer asks for everything missing in one notice: SUBMITTED|PROCESSING → SUPPLEMENT_REQUESTED. */
    REQUEST_SUPPLEMENT,
    /** Applicant hands in the supplement: SUPPLEMENT_REQUESTED → SUBMITTED (online) or → RECEIVED/PROCESSING. */
    SUPPLEMENT,
    /** Officer refuses to accept, with a reason: SUBMITTED → NOT_ACCEPTED. */
    REFUSE,
    /** Officer hands the received dossier over for processing: RECEIVED → PROCESSING. */
    TRANSFER,
    /** Payment asked before processing continues: PROCESSING → FINANCIAL_OBLIGATION. */
    REQUEST_PAYMENT,
    /** The payment platform's signed notice confirmed it: FINANCIAL_OBLIGATION → PROCESSING. */
    CONFIRM_PAYMENT,
    /** Applicant asks to withdraw: any non-final status before PROCESSED → WITHDRAWN. */
    WITHDRAW,
    /** Processing stops (refusal after appraisal, withdrawal completed, supplement never made): → STOPPED. */
    STOP,
    /** Result ready: PROCESSING → PROCESSED. */
    COMPLETE,
    /** Result handed to the applicant: PROCESSED → RETURNED. */
    RETURN_RESULT
}
