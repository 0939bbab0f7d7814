package vn.motcua.identity.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An HMAC-SHA256 key of the session tokens (Base64 secret), shared by every node. */
@Entity
@Table(name = "identity_signing_key")
public class SigningKeyEntity {
    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "secret")
    private String secret;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "retired_at")
    private Timestamp retiredAt;

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }

    public Timestamp getRetiredAt() {
        return retiredAt;
    }

    public void setRetiredAt(Timestamp retiredAt) {
        this.retiredAt = retiredAt;
    }
}
