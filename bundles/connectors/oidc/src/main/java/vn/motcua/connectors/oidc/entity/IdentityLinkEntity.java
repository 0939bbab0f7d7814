package vn.motcua.connectors.oidc.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The ID number a provider's subject first signed in with; see db/migration/oidc/V001. */
@Entity
@Table(name = "oidc_identity_link")
public class IdentityLinkEntity {
    @Id
    @Column(name = "link_key")
    private String linkKey;
    @Column(name = "provider")
    private String provider;
    @Column(name = "subject")
    private String subject;
    @Column(name = "id_number")
    private String idNumber;
    @Column(name = "first_seen_at")
    private Timestamp firstSeenAt;
    @Column(name = "last_seen_at")
    private Timestamp lastSeenAt;
    @Column(name = "sign_ins")
    private long signIns;

    public String getLinkKey() {
        return linkKey;
    }

    public void setLinkKey(String linkKey) {
        this.linkKey = linkKey;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Timestamp getFirstSeenAt() {
        return firstSeenAt;
    }

    public void setFirstSeenAt(Timestamp firstSeenAt) {
        this.firstSeenAt = firstSeenAt;
    }

    public Timestamp getLastSeenAt() {
        return lastSeenAt;
    }

    public void setLastSeenAt(Timestamp lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
    }

    public long getSignIns() {
        return signIns;
    }

    public void setSignIns(long signIns) {
        this.signIns = signIns;
    }
}
