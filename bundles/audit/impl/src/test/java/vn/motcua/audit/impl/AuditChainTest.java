package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.Test;

import vn.motcua.audit.impl.entity.AuditRecordEntity;

/** The canonical form is a published format: it must stay exactly as documented in {@link AuditChain}. */
public class AuditChainTest {

    private static AuditRecordEntity sample() {
        AuditRecordEntity r = new AuditRecordEntity();
        r.setId("5c1f7a2e-0000-4000-8000-000000000001");
        r.setSeq(17);
        r.setRecordedAt(Timestamp.from(Instant.parse("2025-07-01T01:00:00.123456Z")));
        r.setActorId("u-1");
        r.setActorKind("STAFF");
        r.setActorName("Trần Thị Đào");
        r.setActorAgency(null);
        r.setActorRoles("ONE_STOP_OFFICER,SPECIALIST");
        r.setClientAddress("203.0.113.7");
        r.setSessionId("s-1");
        r.setAction("dossier.read");
        r.setOutcome("SUCCESS");
        r.setTargetType("dossier");
        r.setTargetId("HS-1");
        r.setDetail("a|b");
        r.setPersonalData(true);
        r.setCategory("dossier");
        return r;
    }

    @Test
    public void canonicalFormIsAsDocumented() {
        String expected = "motcua-audit-v1|1:3|36:5c1f7a2e-0000-4000-8000-000000000001|2:17|16:1751331600123456"
            + "|3:u-1|5:STAFF|18:Trần Thị Đào|~|27:ONE_STOP_OFFICER,SPECIALIST|11:203.0.113.7|3:s-1"
            + "|12:dossier.read|7:SUCCESS|7:dossier|4:HS-1|3:a|b|4:true|7:dossier|64:" + AuditChain.GENESIS;
        assertEquals(expected, new String(AuditChain.canonical(sample(), 3, AuditChain.GENESIS),
            StandardCharsets.UTF_8));
        assertEquals(AuditChain.sha256(expected.getBytes(StandardCharsets.UTF_8)),
            AuditChain.hash(sample(), 3, AuditChain.GENESIS));
    }

    @Test
    public void theHashIsStable() {
        // pinned: a change of this value breaks verification of every chain already sealed
        assertEquals("e198f8e4", AuditChain.hash(sample(), 3, AuditChain.GENESIS).substring(0, 8));
    }

    @Test
    public void nullEmptyAndShiftedValuesHashDifferently() {
        AuditRecordEntity a = sample();
        AuditRecordEntity b = sample();
        b.setActorAgency("");
        assertNotEquals(AuditChain.hash(a, 1, AuditChain.GENESIS), AuditChain.hash(b, 1, AuditChain.GENESIS));
        a.setTargetType("ab");
        a.setTargetId("c");
        b = sample();
        b.setTargetType("a");
        b.setTargetId("bc");
        assertNotEquals(AuditChain.hash(a, 1, AuditChain.GENESIS), AuditChain.hash(b, 1, AuditChain.GENESIS));
        assertNotEquals(AuditChain.hash(sample(), 1, AuditChain.GENESIS), AuditChain.hash(sample(), 2,
            AuditChain.GENESIS));
    }
}
