package vn.motcua.catalogue.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "cat_form_template")
public class FormTemplateEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "name")
    private String name;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "sha256")
    private String sha256;
    /** Loaded only when the file is downloaded, not when forms are listed. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;
    @Column(name = "uploaded_at")
    private Timestamp uploadedAt;
    @Column(name = "withdrawn_at")
    private Timestamp withdrawnAt;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public void setSizeBytes(long sizeBytes) {
        this.sizeBytes = sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }

    public Timestamp getUploadedAt() {
        return uploadedAt;
    }

    public void setUploadedAt(Timestamp uploadedAt) {
        this.uploadedAt = uploadedAt;
    }

    public Timestamp getWithdrawnAt() {
        return withdrawnAt;
    }

    public void setWithdrawnAt(Timestamp withdrawnAt) {
        this.withdrawnAt = withdrawnAt;
    }
}
