package vn.motcua.catalogue.impl.entity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/**
 * One immutable version. Columns hold what search filters and sorts on; {@code content} holds the whole published
 * text as JSON, because a version is read and written as one document and never partially updated.
 */
@Entity
@Table(name = "cat_procedure_version")
public class ProcedureVersionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "version_no")
    private int versionNo;
    @Column(name = "change_type")
    private String changeType;
    @Column(name = "status")
    private String status;
    @Column(name = "valid_from")
    private Date validFrom;
    @Column(name = "valid_to")
    private Date validTo;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private Date decisionDate;
    @Column(name = "replaced_by")
    private String replacedBy;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "sort_name")
    private String sortName;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "sector_code")
    private String sectorCode;
    /** Levels as {@code |PROVINCE|COMMUNE|}, so one LIKE filters by level. */
    @Column(name = "levels")
    private String levels;
    @Column(name = "online_level")
    private String onlineLevel;
    @Column(name = "time_value")
    private BigDecimal timeValue;
    @Column(name = "time_unit")
    private String timeUnit;
    @Column(name = "has_fee")
    private boolean hasFee;
    @Column(name = "content")
    private String content;
    @Column(name = "recorded_at")
    private Timestamp recordedAt;

    /** Only for filtering by agency in queries; DTOs read the agencies from {@link #content}. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cat_procedure_version_agency", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "agency_code")
    private Set<String> agencyCodes;

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

    public int getVersionNo() {
        return versionNo;
    }

    public void setVersionNo(int versionNo) {
        this.versionNo = versionNo;
    }

    public String getChangeType() {
        return changeType;
    }

    public void setChangeType(String changeType) {
        this.changeType = changeType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public Date getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(Date decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public void setReplacedBy(String replacedBy) {
        this.replacedBy = replacedBy;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSortName() {
        return sortName;
    }

    public void setSortName(String sortName) {
        this.sortName = sortName;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getLevels() {
        return levels;
    }

    public void setLevels(String levels) {
        this.levels = levels;
    }

    public String getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(String onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public BigDecimal getTimeValue() {
        return timeValue;
    }

    public void setTimeValue(BigDecimal timeValue) {
        this.timeValue = timeValue;
    }

    public String getTimeUnit() {
        return timeUnit;
    }

    public void setTimeUnit(String timeUnit) {
        this.timeUnit = timeUnit;
    }

    public boolean isHasFee() {
        return hasFee;
    }

    public void setHasFee(boolean hasFee) {
        this.hasFee = hasFee;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Timestamp getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Timestamp recordedAt) {
        this.recordedAt = recordedAt;
    }

    public Set<String> getAgencyCodes() {
        return agencyCodes;
    }

    public void setAgencyCodes(Set<String> agencyCodes) {
        this.agencyCodes = agencyCodes;
    }
}
