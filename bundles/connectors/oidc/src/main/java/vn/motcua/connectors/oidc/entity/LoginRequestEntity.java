package vn.motcua.connectors.oidc.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A login started at a provider and not finished yet; see db/migration/oidc/V001. */
@Entity
@Table(name = "oidc_login_request")
public class LoginRequestEntity {
    @Id
    @Column(name = "state")
    private String state;
    @Column(name = "provider")
    private String provider;
    @Column(name = "nonce")
    private String nonce;
    @Column(name = "code_verifier")
    private String codeVerifier;
    @Column(name = "return_to")
    private String returnTo;
    @Column(name = "client_address")
    private String clientAddress;
    @Column(name = "created_at")
    private Timestamp createdAt;
    @Column(name = "expires_at")
    private Timestamp expiresAt;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }

    public String getCodeVerifier() {
        return codeVerifier;
    }

    public void setCodeVerifier(String codeVerifier) {
        this.codeVerifier = codeVerifier;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
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
}
