package vn.motcua.dossier.impl.entity;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A dossier (hồ sơ); see db/migration/dossier/V001. Deadline columns are local times of the province. */
@Entity
@Table(name = "dossier")
public class DossierEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "code")
    private String code;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_version")
    private int procedureVersion;
    @Column(name = "procedure_name")
    private String procedureName;
    @Column(name = "sector_code")
    private String sectorCode;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "province")
    private String province;
    @Column(name = "channel")
    private String channel;
    @Column(name = "status")
    private String status;
    @Column(name = "status_code")
    private int statusCode;
    @Column(name = "status_before_wait")
    private String statusBeforeWait;
    @Column(name = "applicant_account_id")
    private String applicantAccountId;
    @Column(name = "applicant_kind")
    private String applicantKind;
    @Column(name = "applicant_id_number")
    private String applicantIdNumber;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "applicant_address")
    private String applicantAddress;
    @Column(name = "applicant_phone")
    private String applicantPhone;
    @Column(name = "applicant_email")
    private String applicantEmail;
    @Column(name = "representative")
    private String representative;
    @Column(name = "delivery_method")
    private String deliveryMethod;
    @Column(name = "delivery_address")
    private String deliveryAddress;
    @Column(name = "form_data")
    private String formData;
    /** The e-form revision the form data was checked against; null when not checked (no e-form, draft, counter). */
    @Column(name = "eform_revision")
    private Integer eformRevision;
    @Column(name = "note")
    private String note;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "submitted_at")
    private Timestamp submittedAt;
    @Column(name = "status_changed_at")
    private Timestamp statusChangedAt;
    @Column(name = "receipt_count")
    private int receiptCount;
    @Column(name = "supplement_count")
    private int supplementCount;
    @Column(name = "rule_set_id")
    private String ruleSetId;
    @Column(name = "limit_value")
    private BigDecimal limitValue;
    @Column(name = "limit_unit")
    private String limitUnit;
    @Column(name = "first_received_at")
    private Timestamp firstReceivedAt;
    @Column(name = "received_at")
    private Timestamp receivedAt;
    @Column(name = "effective_start")
    private Timestamp effectiveStart;
    @Column(name = "original_due_at")
    private Timestamp originalDueAt;
    @Column(name = "due_at")
    private Timestamp dueAt;
    @Column(name = "clock_state")
    private String clockState;
    @Column(name = "clock_stopped_at")
    private Timestamp clockStoppedAt;
    @Column(name = "wait_deadline")
    private Timestamp waitDeadline;
    @Column(name = "clock_stops")
    private int clockStops;
    @Column(name = "clock_restarts")
    private int clockRestarts;
    @Column(name = "extended_at")
    private Timestamp extendedAt;
    @Column(name = "due_before_extension")
    private Timestamp dueBeforeExtension;
    @Column(name = "apology_on_time")
    private Boolean apologyOnTime;
    @Column(name = "intake_due_at")
    private Timestamp intakeDueAt;
    @Column(name = "finished_at")
    private Timestamp finishedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    // Not persisted: set while the dossier is being created in this transaction (nothing earlier to look up), and the
    // events waiting for its code, which is taken last so that the agency's sequence row is locked briefly.
    private transient boolean creating;
    private transient int transitionsRecorded;
    private transient List<Object> eventsAwaitingCode;

    public boolean isCreating() {
        return creating;
    }

    public void setCreating(boolean creating) {
        this.creating = creating;
    }

    /** For a dossier being created: the sequence number of its next transition. */
    public int nextTransitionSeq() {
        return ++transitionsRecorded;
    }

    public List<Object> eventsAwaitingCode() {
        if (eventsAwaitingCode == null) {
            eventsAwaitingCode = new ArrayList<>();
        }
        return eventsAwaitingCode;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public int getProcedureVersion() {
        return procedureVersion;
    }

    public void setProcedureVersion(int procedureVersion) {
        this.procedureVersion = procedureVersion;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public void setProcedureName(String procedureName) {
        this.procedureName = procedureName;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(int statusCode) {
        this.statusCode = statusCode;
    }

    public String getStatusBeforeWait() {
        return statusBeforeWait;
    }

    public void setStatusBeforeWait(String statusBeforeWait) {
        this.statusBeforeWait = statusBeforeWait;
    }

    public String getApplicantAccountId() {
        return applicantAccountId;
    }

    public void setApplicantAccountId(String applicantAccountId) {
        this.applicantAccountId = applicantAccountId;
    }

    public String getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(String applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public void setApplicantIdNumber(String applicantIdNumber) {
        this.applicantIdNumber = applicantIdNumber;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public void setApplicantAddress(String applicantAddress) {
        this.applicantAddress = applicantAddress;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(String deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public String getFormData() {
        return formData;
    }

    public void setFormData(String formData) {
        this.formData = formData;
    }

    public Integer getEformRevision() {
        return eformRevision;
    }

    public void setEformRevision(Integer eformRevision) {
        this.eformRevision = eformRevision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }

    public Timestamp getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Timestamp submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Timestamp getStatusChangedAt() {
        return statusChangedAt;
    }

    public void setStatusChangedAt(Timestamp statusChangedAt) {
        this.statusChangedAt = statusChangedAt;
    }

    public int getReceiptCount() {
        return receiptCount;
    }

    public void setReceiptCount(int receiptCount) {
        this.receiptCount = receiptCount;
    }

    public int getSupplementCount() {
        return supplementCount;
    }

    public void setSupplementCount(int supplementCount) {
        this.supplementCount = supplementCount;
    }

    public String getRuleSetId() {
        return ruleSetId;
    }

    public void setRuleSetId(String ruleSetId) {
        this.ruleSetId = ruleSetId;
    }

    public BigDecimal getLimitValue() {
        return limitValue;
    }

    public void setLimitValue(BigDecimal limitValue) {
        this.limitValue = limitValue;
    }

    public String getLimitUnit() {
        return limitUnit;
    }

    public void setLimitUnit(String limitUnit) {
        this.limitUnit = limitUnit;
    }

    public Timestamp getFirstReceivedAt() {
        return firstReceivedAt;
    }

    public void setFirstReceivedAt(Timestamp firstReceivedAt) {
        this.firstReceivedAt = firstReceivedAt;
    }

    public Timestamp getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Timestamp receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Timestamp getEffectiveStart() {
        return effectiveStart;
    }

    public void setEffectiveStart(Timestamp effectiveStart) {
        this.effectiveStart = effectiveStart;
    }

    public Timestamp getOriginalDueAt() {
        return originalDueAt;
    }

    public void setOriginalDueAt(Timestamp originalDueAt) {
        this.originalDueAt = originalDueAt;
    }

    public Timestamp getDueAt() {
        return dueAt;
    }

    public void setDueAt(Timestamp dueAt) {
        this.dueAt = dueAt;
    }

    public String getClockState() {
        return clockState;
    }

    public void setClockState(String clockState) {
        this.clockState = clockState;
    }

    public Timestamp getClockStoppedAt() {
        return clockStoppedAt;
    }

    public void setClockStoppedAt(Timestamp clockStoppedAt) {
        this.clockStoppedAt = clockStoppedAt;
    }

    public Timestamp getWaitDeadline() {
        return waitDeadline;
    }

    public void setWaitDeadline(Timestamp waitDeadline) {
        this.waitDeadline = waitDeadline;
    }

    public int getClockStops() {
        return clockStops;
    }

    public void setClockStops(int clockStops) {
        this.clockStops = clockStops;
    }

    public int getClockRestarts() {
        return clockRestarts;
    }

    public void setClockRestarts(int clockRestarts) {
        this.clockRestarts = clockRestarts;
    }

    public Timestamp getExtendedAt() {
        return extendedAt;
    }

    public void setExtendedAt(Timestamp extendedAt) {
        this.extendedAt = extendedAt;
    }

    public Timestamp getDueBeforeExtension() {
        return dueBeforeExtension;
    }

    public void setDueBeforeExtension(Timestamp dueBeforeExtension) {
        this.dueBeforeExtension = dueBeforeExtension;
    }

    public Boolean getApologyOnTime() {
        return apologyOnTime;
    }

    public void setApologyOnTime(Boolean apologyOnTime) {
        this.apologyOnTime = apologyOnTime;
    }

    public Timestamp getIntakeDueAt() {
        return intakeDueAt;
    }

    public void setIntakeDueAt(Timestamp intakeDueAt) {
        this.intakeDueAt = intakeDueAt;
    }

    public Timestamp getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Timestamp finishedAt) {
        this.finishedAt = finishedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
