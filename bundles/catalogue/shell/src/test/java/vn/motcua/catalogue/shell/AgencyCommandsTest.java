package vn.motcua.catalogue.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;

public class AgencyCommandsTest {
    private final Fakes.Agencies agencies = new Fakes.Agencies();

    @Test
    public void treeIsIndented() throws Exception {
        AgencyTreeCommand cmd = new AgencyTreeCommand();
        cmd.agencies = agencies;
        cmd.asOf = "2025-07-01";
        String out = new Console().run(cmd).out();
        assertEquals(String.join(System.lineSeparator(),
            "000.00.00.H56  UBND tỉnh  [PROVINCE]",
            "├─ 000.00.06.H56  Sở Tư pháp  [PROVINCE]",
            "│  └─ 000.01.06.H56  Phòng Hộ tịch  [PROVINCE]",
            "└─ 000.00.99.H56  UBND xã Tân Lập  [COMMUNE]",
            "4 cơ quan / agencies — 2025-07-01", ""), out);
        assertEquals(Fakes.DAY, agencies.date);
    }

    @Test
    public void mergeDelegatesAndReportsWhatMoved() throws Exception {
        AgencyMergeCommand cmd = new AgencyMergeCommand();
        cmd.agencies = agencies;
        cmd.code = "000.00.99.H56";
        cmd.successor = "000.00.98.H56";
        cmd.date = "1/7/2025";
        cmd.decision = "1234/QĐ-UBND";
        String out = new Console().run(cmd).out();
        assertEquals("000.00.99.H56", agencies.code);
        assertEquals("000.00.98.H56", agencies.merge.successorCode());
        assertEquals(Fakes.DAY, agencies.merge.effectiveDate());
        assertEquals("1234/QĐ-UBND", agencies.merge.decisionNumber());
        assertTrue(out, out.contains("Đã sáp nhập 000.00.99.H56 vào 000.00.98.H56"));
        assertTrue(out, out.contains("Procedures moved: 2 (1.001193, 2.000001)"));
    }

    @Test
    public void mergeErrorsAreReadable() throws Exception {
        AgencyMergeCommand cmd = new AgencyMergeCommand();
        cmd.agencies = agencies;
        cmd.code = "000.00.99.H56";
        cmd.successor = "000.00.99.H56";
        cmd.date = "2025-07-01";
        agencies.mergeAnswer = () -> {
            throw ValidationException.of("successorCode", "self-merge", "Không sáp nhập vào chính nó",
                "cannot merge into itself");
        };
        Console console = new Console().run(cmd);
        assertEquals("", console.out());
        assertEquals(String.join(System.lineSeparator(), "Dữ liệu không hợp lệ / Invalid input:",
            "  - successorCode: Không sáp nhập vào chính nó / cannot merge into itself", ""), console.err());

        agencies.mergeAnswer = () -> {
            throw new NotFoundException("cơ quan", "Agency", "000.00.99.H56");
        };
        String err = new Console().run(cmd).err();
        assertTrue(err, err.startsWith("Lỗi / Error: Không tìm thấy cơ quan '000.00.99.H56' / Agency '000.00.99.H56' not found"));
    }

    @Test
    public void mergeNeedsAValidDate() throws Exception {
        AgencyMergeCommand cmd = new AgencyMergeCommand();
        cmd.agencies = agencies;
        cmd.code = "a";
        cmd.successor = "b";
        cmd.date = "tomorrow";
        String err = new Console().run(cmd).err();
        assertTrue(err, err.contains("  - DATE: "));
    }
}
