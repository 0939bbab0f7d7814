package vn.motcua.audit.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row of {@code audit_record}. Every column is mapped {@code updatable = false}: OpenJPA never writes an UPDATE
 * for this entity, so a record can only be inserted. Sealing fills the chain columns with a guarded native UPDATE
 * ({@code ... WHERE chain_position IS NULL}) instead.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {
    @Id
    @Column(name = "id", updatable = false)
    private String id;
    @Column(name = "seq", updatable = false)
    private long seq;
    @Column(name = "recorded_at", updatable = false)
    private Timestamp recordedAt;
    @Column(name = "actor_id", updatable = false)
    private String actorId;
    @Column(name = "actor_kind", updatable = false)
    private String actorKind;
    @Column(name = "actor_name", updatable = false)
    private String actorName;
    @Column(name = "actor_agency", updatable = false)
    private String actorAgency;
    @Column(name = "actor_roles", updatable = false)
    private String actorRoles;
    @Column(name = "client_address", updatable = false)
    private String clientAddress;
    @Column(name = "session_id", updatable = false)
    private String sessionId;
    @Column(name = "acting_person_id", updatable = false)
    private String actingPersonId;
    @Column(name = "acting_person_name", updatable = false)
    private String actingPersonName;
    @Column(name = "action", updatable = false)
    private String action;
    @Column(name = "outcome", updatable = false)
    private String outcome;
    @Column(name = "target_type", updatable = false)
    private String targetType;
    @Column(name = "target_id", updatable = false)
    private String targetId;
    @Column(name = "detail", updatable = false)
    private String detail;
    @Column(name = "personal_data", updatable = false)
    private boolean personalData;
    @Column(name = "category", updatable = false)
    private String category;
    @Column(name = "chain_position", updatable = false)
    private Long chainPosition;
    @Column(name = "prev_hash", updatable = false)
    private String prevHash;
    @Column(name = "hash", updatable = false)
    private String hash;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getSeq() {
        return seq;
    }

    public void setSeq(long seq) {
        this.seq = seq;
    }

    public Timestamp getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Timestamp recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public String getActorKind() {
        return actorKind;
    }

    public void setActorKind(String actorKind) {
        this.actorKind = actorKind;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getActorAgency() {
        return actorAgency;
    }

    public void setActorAgency(String actorAgency) {
        this.actorAgency = actorAgency;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public void setActorRoles(String actorRoles) {
        this.actorRoles = actorRoles;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getChainPosition() {
        return chainPosition;
    }

    public void setChainPosition(Long chainPosition) {
        this.chainPosition = chainPosition;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public void setPrevHash(String prevHash) {
        this.prevHash = prevHash;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getActingPersonId() {
        return actingPersonId;
    }

    public void setActingPersonId(String actingPersonId) {
        this.actingPersonId = actingPersonId;
    }

    public String getActingPersonName() {
        return actingPersonName;
    }

    public void setActingPersonName(String actingPersonName) {
        this.actingPersonName = actingPersonName;
    }
}
