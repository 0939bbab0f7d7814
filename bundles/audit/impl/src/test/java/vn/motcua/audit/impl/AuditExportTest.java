package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.junit.Test;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

/** CSV export: every matching record, streamed in batches, safe to open in a spreadsheet, and recorded. */
public class AuditExportTest extends AuditTestSupport {

    private static String export(Caller caller, AuditQuery query) {
        StringWriter out = new StringWriter();
        CallerContext.callAs(caller, () -> {
            audit.trail.export(query, out);
            return null;
        });
        return out.toString();
    }

    /** Logical CSV records: header first; assumes no line break inside a cell. */
    private static List<String> lines(String csv) {
        assertTrue("lines end with CRLF", csv.endsWith("\r\n"));
        return List.of(csv.split("\r\n"));
    }

    @Test
    public void exportsEveryMatchingRecordInBatches() {
        audit.trail.batchSize = 3;
        recordAs(OFFICER, "act", 7);
        sealAll();
        recordAs(OFFICER, "unsealed", 1);
        List<String> lines = lines(export(SUPERVISOR, AuditQuery.all()));
        assertEquals(String.join(",", AuditCsv.COLUMNS), lines.get(0));
        assertEquals(1 + 8, lines.size());
        List<AuditEntry> stored = entries();
        for (int i = 0; i < 8; i++) {
            AuditEntry e = stored.get(i);
            String expected = (e.position() == null ? "" : e.position()) + "," + e.id() + "," + e.recordedAt()
                + ",u-off,STAFF,Trần Thị Một Cửa,000.00.31.H06,ONE_STOP_OFFICER,203.0.113.7,sess-u-off," + e.action()
                + ",SUCCESS,dossier,HS-" + (i < 7 ? i : 0) + ",detail " + (i < 7 ? i : 0) + ",false,security,"
                + (e.prevHash() == null ? "" : e.prevHash()) + "," + (e.hash() == null ? "" : e.hash()) + ","
                + e.sealed() + ",,"; // no one acted for an organisation
            assertEquals(expected, lines.get(i + 1));
        }
        assertTrue(lines.get(7).startsWith("7,"));
        assertTrue(lines.get(8).endsWith(",,,false,,"));
    }

    @Test
    public void cellsAreQuotedAndFormulasDefused() {
        CallerContext.callAs(OFFICER, () -> {
            audit.log.record(AuditRecord.success("a", "t", "=HYPERLINK(\"http://x\")", "họ tên \"Nguyễn\", số 1\r\nxuống dòng"));
            audit.log.record(AuditRecord.success("b", "t", "-1", "@SUM(A1)"));
            return null;
        });
        String csv = export(SUPERVISOR, AuditQuery.all());
        assertTrue(csv, csv.contains(",t,\"'=HYPERLINK(\"\"http://x\"\")\",\"họ tên \"\"Nguyễn\"\", số 1\r\nxuống dòng\","));
        assertTrue(csv, csv.contains(",t,'-1,'@SUM(A1),"));
    }

    @Test
    public void filtersAndThePoliceScopeApply() {
        recordAs(OFFICER, "act", 2);
        CallerContext.callAs(OFFICER, () -> {
            audit.log.record(AuditRecord.success("population.lookup", "citizen", "001090012345", null).personal()
                .inCategory(AuditTrailService.POPULATION_LOOKUP));
            return null;
        });
        assertEquals(1 + 1, lines(export(SUPERVISOR, new AuditQuery(null, null, null, "act.1", null, null, null, null,
            null))).size());
        List<String> police = lines(export(POLICE, AuditQuery.all()));
        assertEquals(1 + 1, police.size());
        assertTrue(police.get(1), police.get(1).contains(",population.lookup,SUCCESS,citizen,001090012345,"));
        assertEquals("only the header when nothing matches", 1, lines(export(SUPERVISOR, new AuditQuery(null, null,
            "nobody", null, null, null, null, null, null))).size());
    }

    @Test
    public void anExportIsRecordedWithItsSize() {
        recordAs(OFFICER, "act", 3);
        export(SUPERVISOR, new AuditQuery(null, null, "u-off", null, null, null, null, null, null));
        AuditEntry read = withAction(AuditTrailService.ACTION_READ).get(0);
        assertEquals("export [actorId=u-off]; 3 records", read.detail());
        assertEquals(Outcome.SUCCESS, read.outcome());
        assertTrue(read.personalData());
    }

    @Test
    public void aBrokenOffExportIsRecordedAsAFailure() {
        audit.trail.batchSize = 2;
        recordAs(OFFICER, "act", 5);
        Writer failing = new Writer() {
            private int lines;

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    if (buf[i] == '\n' && ++lines == 3) { // header, one record, then the second fails
                        throw new IOException("client went away");
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> CallerContext.callAs(SUPERVISOR, () -> {
            audit.trail.export(AuditQuery.all(), failing);
            return null;
        }));
        AuditEntry read = withAction(AuditTrailService.ACTION_READ).get(0);
        assertEquals(Outcome.FAILURE, read.outcome());
        assertTrue(read.detail(), read.detail().contains("broke off after 1 records"));
    }
}
