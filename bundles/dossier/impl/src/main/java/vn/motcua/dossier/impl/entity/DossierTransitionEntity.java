package vn.motcua.dossier.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One status change of a dossier; never edited. */
@Entity
@Table(name = "dossier_transition")
public class DossierTransitionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "dossier_id")
    private String dossierId;
    @Column(name = "seq")
    private int seq;
    @Column(name = "action")
    private String action;
    @Column(name = "from_status")
    private String fromStatus;
    @Column(name = "to_status")
    private String toStatus;
    @Column(name = "actor_account_id")
    private String actorAccountId;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "actor_agency_code")
    private String actorAgencyCode;
    @Column(name = "changed_at")
    private Timestamp at;
    @Column(name = "reason")
    private String reason;
    @Column(name = "details")
    private String details;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDossierId() {
        return dossierId;
    }

    public void setDossierId(String dossierId) {
        this.dossierId = dossierId;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(String fromStatus) {
        this.fromStatus = fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public void setToStatus(String toStatus) {
        this.toStatus = toStatus;
    }

    public String getActorAccountId() {
        return actorAccountId;
    }

    public void setActorAccountId(String actorAccountId) {
        this.actorAccountId = actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getActorAgencyCode() {
        return actorAgencyCode;
    }

    public void setActorAgencyCode(String actorAgencyCode) {
        this.actorAgencyCode = actorAgencyCode;
    }

    public Timestamp getAt() {
        return at;
    }

    public void setAt(Timestamp at) {
        this.at = at;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
