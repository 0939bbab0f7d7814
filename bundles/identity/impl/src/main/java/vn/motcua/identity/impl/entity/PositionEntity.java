package vn.motcua.identity.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The position of a staff account; sets are stored as ",A,B," (see Support.joinCodes). */
@Entity
@Table(name = "identity_position")
public class PositionEntity {
    @Id
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "roles")
    private String roles;
    @Column(name = "sectors")
    private String sectors;
    @Column(name = "procedures")
    private String procedures;
    @Column(name = "assigned_at")
    private Timestamp assignedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getProcedures() {
        return procedures;
    }

    public void setProcedures(String procedures) {
        this.procedures = procedures;
    }

    public Timestamp getAssignedAt() {
        return assignedAt;
    }

    public void setAssignedAt(Timestamp assignedAt) {
        this.assignedAt = assignedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
