package vn.motcua.identity.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Consecutive failed logins of one login; changed only by atomic UPDATE statements. */
@Entity
@Table(name = "identity_login_throttle")
public class LoginThrottleEntity {
    @Id
    @Column(name = "login_key")
    private String loginKey;
    @Column(name = "failures")
    private int failures;
    @Column(name = "lockouts")
    private int lockouts;
    @Column(name = "locked_until")
    private Timestamp lockedUntil;
    @Column(name = "last_failure_at")
    private Timestamp lastFailureAt;

    public String getLoginKey() {
        return loginKey;
    }

    public void setLoginKey(String loginKey) {
        this.loginKey = loginKey;
    }

    public int getFailures() {
        return failures;
    }

    public void setFailures(int failures) {
        this.failures = failures;
    }

    public int getLockouts() {
        return lockouts;
    }

    public void setLockouts(int lockouts) {
        this.lockouts = lockouts;
    }

    public Timestamp getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Timestamp lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Timestamp getLastFailureAt() {
        return lastFailureAt;
    }

    public void setLastFailureAt(Timestamp lastFailureAt) {
        this.lastFailureAt = lastFailureAt;
    }
}
