package vn.motcua.catalogue.impl.entity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "cat_process_definition")
public class ProcessDefinitionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "version_no")
    private int versionNo;
    @Column(name = "name")
    private String name;
    /** Steps as a JSON array. */
    @Column(name = "steps")
    private String steps;
    @Column(name = "total_hours")
    private BigDecimal totalHours;
    @Column(name = "statutory_hours")
    private BigDecimal statutoryHours;
    @Column(name = "procedure_version")
    private int procedureVersion;
    @Column(name = "valid_from")
    private Date validFrom;
    @Column(name = "valid_to")
    private Date validTo;
    @Column(name = "recorded_at")
    private Timestamp recordedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public void setVersionNo(int versionNo) {
        this.versionNo = versionNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public BigDecimal getTotalHours() {
        return totalHours;
    }

    public void setTotalHours(BigDecimal totalHours) {
        this.totalHours = totalHours;
    }

    public BigDecimal getStatutoryHours() {
        return statutoryHours;
    }

    public void setStatutoryHours(BigDecimal statutoryHours) {
        this.statutoryHours = statutoryHours;
    }

    public int getProcedureVersion() {
        return procedureVersion;
    }

    public void setProcedureVersion(int procedureVersion) {
        this.procedureVersion = procedureVersion;
    }

    public Date getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(Date validFrom) {
        this.validFrom = validFrom;
    }

    public Date getValidTo() {
        return validTo;
    }

    public void setValidTo(Date validTo) {
        this.validTo = validTo;
    }

    public Timestamp getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Timestamp recordedAt) {
        this.recordedAt = recordedAt;
    }
}
