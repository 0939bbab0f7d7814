package vn.motcua.catalogue.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One immutable e-form revision; {@code definition} is the published fields and attachment policy as JSON. */
@Entity
@Table(name = "cat_eform")
public class EFormEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "revision")
    private int revision;
    @Column(name = "definition")
    private String definition;
    @Column(name = "published_at")
    private Timestamp publishedAt;
    @Column(name = "published_by")
    private String publishedBy;

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

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Timestamp getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Timestamp publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public void setPublishedBy(String publishedBy) {
        this.publishedBy = publishedBy;
    }
}
