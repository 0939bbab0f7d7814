package vn.motcua.identity.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A login session behind a signed bearer token. Revoked with bulk updates, hence no version column. */
@Entity
@Table(name = "identity_session")
public class SessionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "key_id")
    private int keyId;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "expires_at")
    private Timestamp expiresAt;
    @Column(name = "revoked_at")
    private Timestamp revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Column(name = "client_address")
    private String clientAddress;
    @Column(name = "password_change_only")
    private boolean passwordChangeOnly;
    @Column(name = "acting_person_id")
    private String actingPersonId;
    @Column(name = "representative_id")
    private String representativeId;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public int getKeyId() {
        return keyId;
    }

    public void setKeyId(int keyId) {
        this.keyId = keyId;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }

    public Timestamp getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Timestamp expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Timestamp getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Timestamp revokedAt) {
        this.revokedAt = revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public boolean isPasswordChangeOnly() {
        return passwordChangeOnly;
    }

    public void setPasswordChangeOnly(boolean passwordChangeOnly) {
        this.passwordChangeOnly = passwordChangeOnly;
    }

    public String getActingPersonId() {
        return actingPersonId;
    }

    public void setActingPersonId(String actingPersonId) {
        this.actingPersonId = actingPersonId;
    }

    public String getRepresentativeId() {
        return representativeId;
    }

    public void setRepresentativeId(String representativeId) {
        this.representativeId = representativeId;
    }
}
