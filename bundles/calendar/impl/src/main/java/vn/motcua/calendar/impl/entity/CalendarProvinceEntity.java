package vn.motcua.calendar.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The change counter of a province's calendar (only changed by atomic UPDATE statements, hence no row version). */
@Entity
@Table(name = "calendar_province")
public class CalendarProvinceEntity {
    @Id
    @Column(name = "province")
    private String province;
    @Column(name = "revision")
    private long revision;
    @Column(name = "updated_at")
    private Timestamp updatedAt;

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }

    public Timestamp getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Timestamp updatedAt) {
        this.updatedAt = updatedAt;
    }
}
