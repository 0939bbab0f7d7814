package vn.motcua.identity.impl.entity;

import java.sql.Date;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A citizen account authorised to act for an organisation account (người đại diện, người được ủy quyền). */
@Entity
@Table(name = "identity_representative")
public class RepresentativeEntity {
    /** Value of {@code in_force} while the authorisation is in force; null once removed. */
    public static final String IN_FORCE = "Y";

    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "organisation_id")
    private String organisationId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "capacity")
    private String capacity;
    @Column(name = "valid_from")
    private Date validFrom;
    @Column(name = "valid_until")
    private Date validUntil;
    @Column(name = "scope_note")
    private String scopeNote;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "removed_at")
    private Timestamp removedAt;
    @Column(name = "removed_by")
    private String removedBy;
    @Column(name = "in_force")
    private String inForce;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public Date getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(Date validFrom) {
        this.validFrom = validFrom;
    }

    public Date getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(Date validUntil) {
        this.validUntil = validUntil;
    }

    public String getScopeNote() {
        return scopeNote;
    }

    public void setScopeNote(String scopeNote) {
        this.scopeNote = scopeNote;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Timestamp getRemovedAt() {
        return removedAt;
    }

    public void setRemovedAt(Timestamp removedAt) {
        this.removedAt = removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public void setRemovedBy(String removedBy) {
        this.removedBy = removedBy;
    }

    public String getInForce() {
        return inForce;
    }

    public void setInForce(String inForce) {
        this.inForce = inForce;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
