package vn.motcua.dossier.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A domain event waiting in the outbox. */
@Entity
@Table(name = "dossier_event")
public class DossierEventEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "dossier_id")
    private String dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "type")
    private String type;
    @Column(name = "payload")
    private String payload;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "published_at")
    private Timestamp publishedAt;
    @Column(name = "attempts")
    private int attempts;

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

    public String getDossierCode() {
        return dossierCode;
    }

    public void setDossierCode(String dossierCode) {
        this.dossierCode = dossierCode;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }

    public Timestamp getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Timestamp publishedAt) {
        this.publishedAt = publishedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }
}
