package vn.motcua.audit.impl.entity;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The single row of {@code audit_chain_head}, read for status reports. It is locked and advanced by the sealer with
 * native SQL ({@code FOR UPDATE SKIP LOCKED}, guarded UPDATE), never through this entity, hence read-only columns.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHeadEntity {
    /** The only id the table allows. */
    public static final int ID = 1;

    @Id
    @Column(name = "id", updatable = false)
    private int id;
    @Column(name = "last_position", updatable = false)
    private long lastPosition;
    @Column(name = "last_hash", updatable = false)
    private String lastHash;
    @Column(name = "sealed_at", updatable = false)
    private Timestamp sealedAt;

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public void setLastPosition(long lastPosition) {
        this.lastPosition = lastPosition;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void setLastHash(String lastHash) {
        this.lastHash = lastHash;
    }

    public Timestamp getSealedAt() {
        return sealedAt;
    }

    public void setSealedAt(Timestamp sealedAt) {
        this.sealedAt = sealedAt;
    }
}
