package vn.motcua.dossier.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A notice issued to the applicant, as decided when issued (JSON content). See db/migration/dossier/V004. */
@Entity
@Table(name = "dossier_notice")
public class NoticeEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "dossier_id")
    private String dossierId;
    @Column(name = "kind")
    private String kind;
    @Column(name = "number")
    private int number;
    @Column(name = "transition_seq")
    private int transitionSeq;
    @Column(name = "issued_at")
    private Timestamp issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_by_name")
    private String issuedByName;
    @Column(name = "content")
    private String content;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDossierId() {
        return dossierId;
    }

    public void setDossierId(String dossierId) {
        this.dossierId = dossierId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public int getTransitionSeq() {
        return transitionSeq;
    }

    public void setTransitionSeq(int transitionSeq) {
        this.transitionSeq = transitionSeq;
    }

    public Timestamp getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Timestamp issuedAt) {
        this.issuedAt = issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public String getIssuedByName() {
        return issuedByName;
    }

    public void setIssuedByName(String issuedByName) {
        this.issuedByName = issuedByName;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
