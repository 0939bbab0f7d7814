package vn.motcua.catalogue.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import vn.motcua.platform.api.paging.SortOrder;

public class ProcedureCommandsTest {
    private final Fakes.Procedures procedures = new Fakes.Procedures();

    @Test
    public void listPrintsATableAndTheTotal() throws Exception {
        ProcedureListCommand cmd = new ProcedureListCommand();
        cmd.procedures = procedures;
        cmd.text = "khai sinh";
        cmd.sector = "HT";
        cmd.asOf = "1/7/2025";
        cmd.max = 20;
        Console console = new Console().run(cmd);

        assertEquals("khai sinh", procedures.query.text());
        assertEquals("HT", procedures.query.sector());
        assertEquals(Fakes.DAY, procedures.query.asOf());
        assertEquals(20, procedures.page.size());
        assertEquals(List.of(new SortOrder("name", true)), procedures.page.sort());
        String out = console.out();
        assertTrue(out, out.contains("Đăng ký khai sinh"));
        assertTrue(out, out.contains("5 WORKING_DAYS"));
        assertTrue(out, out.contains("có / yes"));
        assertTrue(out, out.contains("Hiển thị 1/135 thủ tục / Showing 1 of 135 procedures"));
        assertEquals("", console.err());
    }

    @Test
    public void listRejectsABadMaximumAndDateReadably() throws Exception {
        ProcedureListCommand cmd = new ProcedureListCommand();
        cmd.procedures = procedures;
        cmd.max = 0;
        String err = new Console().run(cmd).err();
        assertTrue(err, err.contains("Dữ liệu không hợp lệ / Invalid input:"));
        assertTrue(err, err.contains("  - -n: "));
        assertNull("nothing searched", procedures.query);

        cmd.max = 10;
        cmd.asOf = "31/2/2025";
        err = new Console().run(cmd).err();
        assertTrue(err, err.contains("--as-of: Ngày '31/2/2025' phải có dạng"));
    }

    @Test
    public void showPrintsTheVersionInForce() throws Exception {
        ProcedureShowCommand cmd = new ProcedureShowCommand();
        cmd.procedures = procedures;
        cmd.code = "1.001193";
        String out = new Console().run(cmd).out();
        assertNull(procedures.date);
        assertTrue(out, out.startsWith("1.001193 v2 — Đăng ký khai sinh"));
        assertTrue(out, out.contains("123/QĐ-UBND ngày / of 2025-06-21, hiệu lực / effective 2025-07-01"));
        assertTrue(out, out.contains("FULL (mức cũ / legacy level 4)"));
        assertTrue(out, out.contains("Tờ khai đăng ký khai sinh"));
        assertTrue(out, out.contains("1. CHARGE Lệ phí 50.000 VND"));
        assertTrue(out, out.contains("2. Trả kết quả"));
    }

    @Test
    public void versionsListsEveryVersion() throws Exception {
        ProcedureVersionsCommand cmd = new ProcedureVersionsCommand();
        cmd.procedures = procedures;
        cmd.code = "1.001193";
        String out = new Console().run(cmd).out();
        assertTrue(out, out.contains("CREATED"));
        assertTrue(out, out.contains("AMENDED"));
        assertEquals("1.001193", procedures.code);
    }
}
