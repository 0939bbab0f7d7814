package vn.motcua.dossier.impl.entity;

import java.sql.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The last receipt number of an agency on a day. */
@Entity
@Table(name = "dossier_code_sequence")
public class CodeSequenceEntity {
    @Id
    @Column(name = "sequence_key")
    private String sequenceKey;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "receipt_day")
    private Date day;
    @Column(name = "last_value")
    private int lastValue;

    public String getSequenceKey() {
        return sequenceKey;
    }

    public void setSequenceKey(String sequenceKey) {
        this.sequenceKey = sequenceKey;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public Date getDay() {
        return day;
    }

    public void setDay(Date day) {
        this.day = day;
    }

    public int getLastValue() {
        return lastValue;
    }

    public void setLastValue(int lastValue) {
        this.lastValue = lastValue;
    }
}
