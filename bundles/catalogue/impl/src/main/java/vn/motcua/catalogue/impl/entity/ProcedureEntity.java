package vn.motcua.catalogue.impl.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The identity of a procedure; its optimistic version makes two concurrent amendments conflict. */
@Entity
@Table(name = "cat_procedure")
public class ProcedureEntity {
    @Id
    @Column(name = "code")
    private String code;
    @Column(name = "latest_version")
    private int latestVersion;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public void setLatestVersion(int latestVersion) {
        this.latestVersion = latestVersion;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
