package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;
import static vn.motcua.catalogue.impl.Fixtures.error;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.AttachmentPolicy;
import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.FormField;
import vn.motcua.catalogue.api.FormField.FieldOption;
import vn.motcua.catalogue.api.FormField.FieldType;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * E-forms: publishing checked, immutable revisions (409 on a stale or concurrent publication) and the server-side
 * check of filled-in forms for every field type (on H2, or on PostgreSQL with MOTCUA_TEST_DB_URL).
 */
// clauses: 004-20bis.2, 002-9.3#3, 004-16.1, 002-10.1#1
public class EFormServiceImplTest extends CatalogueTestSupport {
    private static final String CODE = "1.001193";
    private static final Caller OPERATOR = new Caller("acc-op", Caller.Kind.STAFF, "Trung tâm PVHCC",
        Set.of(Role.PROVINCIAL_OPERATOR), PROVINCE, Set.of(), Set.of(), Set.of(), "s-1", "127.0.0.1");
    private static final Caller ENVIRONMENT_ADMIN = new Caller("acc-env", Caller.Kind.STAFF, "Quản trị Sở NN&MT",
        Set.of(Role.AGENCY_ADMIN), DEPT_ENVIRONMENT, Set.of(DEPT_ENVIRONMENT), Set.of(), Set.of(), "s-2", "127.0.0.1");

    private final List<AuditRecord> audited = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Before
    public void procedureWithoutForm() {
        standardCatalogue();
        cat.procedures.create(procedure(CODE, "Đăng ký khai sinh").sector("HOTICH").agencies(DEPT_CONSTRUCTION).build());
        cat.eforms.audit = audited::add;
    }

    @After
    public void stop() {
        pool.shutdownNow();
        cat.jpa.setView(em -> em);
        cat.eforms.audit = null;
    }

    static FormField field(String key, FieldType type, boolean required) {
        return new FormField(key, "Trường " + key, "Field " + key, type, required, null, null, null, null, null, null,
            null);
    }

    private static FormField text(String key, Integer min, Integer max, String pattern) {
        return new FormField(key, "Trường " + key, null, FieldType.TEXT, false, min, max, null, null, pattern, null,
            null);
    }

    private static FormField number(String key, FieldType type, String min, String max) {
        return new FormField(key, "Trường " + key, null, type, false, null, null,
            min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), null, null, null);
    }

    private static FormField choice(String key, FieldType type, String min, String max, String... values) {
        List<FieldOption> options = Arrays.stream(values).map(v -> new FieldOption(v, "Lựa chọn " + v, null)).toList();
        return new FormField(key, "Trường " + key, null, type, false, null, null,
            min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), null, options, null);
    }

    /** A birth-registration form using every field type. */
    private static List<FormField> everyType() {
        return List.of(
            new FormField("hoTenTre", "Họ, chữ đệm, tên của trẻ", "Child's full name", FieldType.TEXT, true, 2, 100,
                null, null, null, null, "Viết có dấu, đúng như trên giấy chứng sinh"),
            field("ghiChu", FieldType.LONG_TEXT, false),
            number("soConThu", FieldType.INTEGER, "1", "20"),
            number("canNang", FieldType.DECIMAL, "0.5", "7"),
            field("ngaySinh", FieldType.DATE, true),
            field("camDoan", FieldType.BOOLEAN, true),
            field("dangKyMuon", FieldType.BOOLEAN, false),
            choice("gioiTinh", FieldType.CHOICE, null, null, "NAM", "NU"),
            choice("banSao", FieldType.MULTI_CHOICE, "1", "2", "GIAY", "DIEN_TU", "BUU_CHINH"),
            field("soDinhDanhMe", FieldType.ID_NUMBER, false),
            field("maSoThue", FieldType.TAX_CODE, false),
            field("dienThoai", FieldType.PHONE, false),
            field("email", FieldType.EMAIL, false),
            text("maHoSoCu", null, null, "[A-Z]{2}-\\d{4}"));
    }

    private EForm publishEveryType() {
        return CallerContext.callAs(OPERATOR, () -> cat.eforms.publish(CODE,
            new EFormInput(0, everyType(), new AttachmentPolicy(5, List.of("pdf", " JPEG")))));
    }

    private static Map<String, Object> goodData() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hoTenTre", "  Nguyễn Minh An ");
        d.put("ngaySinh", "2026-01-31");
        d.put("camDoan", true);
        d.put("soConThu", "2");
        d.put("canNang", "3,25");
        d.put("gioiTinh", "NU");
        d.put("banSao", List.of("GIAY", "DIEN_TU", "GIAY"));
        d.put("soDinhDanhMe", "001 190 012345");
        d.put("maSoThue", "0101234567-001");
        d.put("dienThoai", "+84 912.345.678");
        d.put("email", "an.nguyen@example.vn");
        d.put("maHoSoCu", "KS-2024");
        d.put("ghiChu", "");
        return d;
    }

    // --- publishing ------------------------------------------------------------------------------------------------

    @Test
    public void publishingCreatesImmutableRevisionsAndAuditsThem() {
        assertThrows(NotFoundException.class, () -> cat.eforms.current(CODE));
        assertTrue(cat.eforms.find(CODE).isEmpty());

        EForm first = publishEveryType();
        assertEquals(1, first.revision());
        assertEquals(14, first.fields().size());
        assertEquals("Trung tâm PVHCC", first.publishedBy());
        assertEquals(new AttachmentPolicy(5, List.of("PDF", "JPEG")), first.attachments());
        assertEquals("required is never null", Boolean.FALSE, first.fields().get(1).required());

        EForm second = CallerContext.callAs(OPERATOR, () -> cat.eforms.publish(CODE,
            new EFormInput(1, List.of(field("hoTen", FieldType.TEXT, true)), null)));
        assertEquals(2, second.revision());
        assertNull(second.attachments());
        assertEquals(2, cat.eforms.current(CODE).revision());
        // the older revision stays as it was, for the dossiers filed under it
        assertEquals(first.fields(), cat.eforms.revision(CODE, 1).fields());
        assertEquals(List.of(1, 2), cat.eforms.revisions(CODE).stream().map(EForm::revision).toList());
        assertThrows(NotFoundException.class, () -> cat.eforms.revision(CODE, 3));
        assertThrows(NotFoundException.class, () -> cat.eforms.current("9.999999"));

        assertEquals(2, audited.size());
        assertEquals("catalogue.eform.publish", audited.get(1).action());
        assertEquals(CODE, audited.get(1).targetId());
        assertTrue(audited.get(1).detail(), audited.get(1).detail().contains("revision 2"));
    }

    @Test
    public void aPublicationFromAStaleRevisionIs409AndChangesNothing() {
        publishEveryType();
        ConflictException stale = assertThrows(ConflictException.class, () -> cat.eforms.publish(CODE,
            new EFormInput(0, List.of(field("x", FieldType.TEXT, false)), null)));
        assertEquals("stale-revision", stale.code());
        assertEquals(409, stale.httpStatus());
        assertThrows(ConflictException.class, () -> cat.eforms.publish(CODE,
            new EFormInput(5, List.of(field("x", FieldType.TEXT, false)), null)));
        assertEquals(1, cat.eforms.current(CODE).revision());
        assertEquals(1, audited.size());
    }

    @Test
    public void ofTwoSimultaneousPublicationsFromTheSameRevisionExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            int from = round;
            CyclicBarrier barrier = new CyclicBarrier(2);
            cat.jpa.setView(em -> ConcurrentAmendmentTest.meetingAtFirstFlush(em, barrier));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (String key : List.of("a", "b")) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return cat.eforms.publish(CODE, new EFormInput(from, List.of(field(key, FieldType.TEXT,
                            false)), null));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            cat.jpa.setView(em -> em);
            List<Object> winners = outcomes.stream().filter(o -> o instanceof EForm).toList();
            assertEquals("exactly one wins: " + outcomes, 1, winners.size());
            Object loser = outcomes.stream().filter(o -> !(o instanceof EForm)).findFirst().orElseThrow();
            assertTrue("the loser is told to reload: " + loser, loser instanceof ConflictException c
                && c.code().equals("stale-revision"));
            assertEquals(from + 1, ((EForm) winners.get(0)).revision());
            assertEquals(from + 1, cat.eforms.revisions(CODE).size());
        }
    }

    @Test
    public void anAgencyAdministratorPublishesOnlyForItsOwnProcedures() {
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(ENVIRONMENT_ADMIN, () ->
            cat.eforms.publish(CODE, new EFormInput(0, List.of(field("a", FieldType.TEXT, false)), null))));
        assertTrue(cat.eforms.find(CODE).isEmpty());
    }

    @Test
    public void badDefinitionsAreRefusedNamingEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> cat.eforms.publish(CODE,
            new EFormInput(null, List.of(
                field("1abc", FieldType.TEXT, false),
                field("hoTen", FieldType.TEXT, false),
                field("HOTEN", FieldType.TEXT, false),
                new FormField("loai", " ", null, FieldType.CHOICE, false, null, null, null, null, null, List.of(),
                    null),
                number("tuoi", FieldType.INTEGER, "10", "5"),
                text("ma", 5, 2, "[A-Z"),
                new FormField("ngay", "Ngày", null, FieldType.DATE, false, null, 10, null, null, "\\d+", null, null),
                number("soLuong", FieldType.INTEGER, "1.5", null),
                new FormField("kieu", "Kiểu", null, null, false, null, null, null, null, null, null, null),
                choice("chon", FieldType.CHOICE, null, null, "A", "A")),
                new AttachmentPolicy(0, List.of("PDF", "EXE")))));
        assertFields(e, "expectedRevision", "fields[0].key", "fields[2].key", "fields[3].labelVi",
            "fields[3].options", "fields[4].min", "fields[5].minLength", "fields[5].pattern", "fields[6].maxLength",
            "fields[6].pattern", "fields[7].min", "fields[8].type", "fields[9].options[1].value",
            "attachments.maxMegabytes", "attachments.allowedTypes[1]");
        assertEquals("duplicate", error(e, "fields[2].key").code());
        assertEquals("bad-pattern", error(e, "fields[5].pattern").code());
        assertEquals("not-applicable", error(e, "fields[6].maxLength").code());
        assertEquals("min-above-max", error(e, "fields[4].min").code());
        assertTrue(error(e, "attachments.allowedTypes[1]").messageVi().contains("PDF, JPEG"));

        List<FormField> tooMany = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            tooMany.add(field("f" + i, FieldType.TEXT, false));
        }
        assertEquals("too-many", error(assertThrows(ValidationException.class, () -> cat.eforms.publish(CODE,
            new EFormInput(0, tooMany, null))), "fields").code());
        assertEquals("required", error(assertThrows(ValidationException.class, () -> cat.eforms.publish(CODE,
            new EFormInput(0, null, null))), "fields").code());
        assertEquals("required", error(assertThrows(ValidationException.class, () -> cat.eforms.publish(CODE,
            null)), "body").code());
        assertThrows(NotFoundException.class, () -> cat.eforms.publish("9.999999",
            new EFormInput(0, List.of(), null)));
        assertTrue(cat.eforms.find(CODE).isEmpty());
        assertTrue(audited.isEmpty());
    }

    // --- checking filled-in forms ----------------------------------------------------------------------------------

    @Test
    public void withoutAnEFormAnyDataIsAcceptedAsGiven() {
        Map<String, Object> data = Map.of("anything", " as is ", "n", 3);
        EFormCheck checked = cat.eforms.check(CODE, null, data);
        assertNull(checked.revision());
        assertEquals(data, checked.data());
        assertEquals(Map.of(), cat.eforms.check(CODE, null, null).data());
        assertThrows(NotFoundException.class, () -> cat.eforms.check("9.999999", null, data));
    }

    @Test
    public void goodValuesOfEveryTypeAreNormalised() {
        publishEveryType();
        EFormCheck checked = cat.eforms.check(CODE, null, goodData());
        assertEquals(Integer.valueOf(1), checked.revision());
        Map<String, Object> d = checked.data();
        assertEquals("Nguyễn Minh An", d.get("hoTenTre"));
        assertEquals("2026-01-31", d.get("ngaySinh"));
        assertEquals(Boolean.TRUE, d.get("camDoan"));
        assertEquals(2L, d.get("soConThu"));
        assertEquals(new BigDecimal("3.25"), d.get("canNang"));
        assertEquals("NU", d.get("gioiTinh"));
        assertEquals(List.of("GIAY", "DIEN_TU"), d.get("banSao"));
        assertEquals("001190012345", d.get("soDinhDanhMe"));
        assertEquals("0101234567-001", d.get("maSoThue"));
        assertEquals("0912345678", d.get("dienThoai"));
        assertEquals("an.nguyen@example.vn", d.get("email"));
        assertEquals("KS-2024", d.get("maHoSoCu"));
        assertTrue("empty optional fields are left out", !d.containsKey("ghiChu") && !d.containsKey("dangKyMuon"));
        // the keys come out in the form's order
        assertEquals("hoTenTre", d.keySet().iterator().next());

        Map<String, Object> numbers = goodData();
        numbers.put("soConThu", 20);
        numbers.put("canNang", 0.5);
        numbers.put("dienThoai", "0222 3812 345");
        numbers.put("maSoThue", "0101234567");
        numbers.put("dangKyMuon", "false");
        Map<String, Object> n = cat.eforms.check(CODE, 1, numbers).data();
        assertEquals(20L, n.get("soConThu"));
        assertEquals(new BigDecimal("0.5"), n.get("canNang"));
        assertEquals("02223812345", n.get("dienThoai"));
        assertEquals(Boolean.FALSE, n.get("dangKyMuon"));
    }

    @Test
    public void badValuesAreNamedOneErrorPerField() {
        publishEveryType();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hoTenTre", "A");
        d.put("ngaySinh", "31/01/2026");
        d.put("camDoan", false);
        d.put("soConThu", "2.5");
        d.put("canNang", "nặng");
        d.put("gioiTinh", "KHAC");
        d.put("banSao", List.of("GIAY", "DIEN_TU", "BUU_CHINH"));
        d.put("soDinhDanhMe", "123456789012");
        d.put("maSoThue", "01012345");
        d.put("dienThoai", "0112345678");
        d.put("email", "an@");
        d.put("maHoSoCu", "ks-2024");
        d.put("dangKyMuon", "có");
        d.put("ghiChu", Map.of("nested", "object"));
        d.put("thuaRa", "x");
        ValidationException e = assertThrows(ValidationException.class, () -> cat.eforms.check(CODE, null, d));
        assertFields(e, "formData.hoTenTre", "formData.ngaySinh", "formData.camDoan", "formData.soConThu",
            "formData.canNang", "formData.gioiTinh", "formData.banSao", "formData.soDinhDanhMe", "formData.maSoThue",
            "formData.dienThoai", "formData.email", "formData.maHoSoCu", "formData.dangKyMuon", "formData.ghiChu",
            "formData.thuaRa");
        assertEquals("too-short", error(e, "formData.hoTenTre").code());
        assertEquals("not-a-date", error(e, "formData.ngaySinh").code());
        assertEquals("required", error(e, "formData.camDoan").code());
        assertEquals("not-an-integer", error(e, "formData.soConThu").code());
        assertEquals("not-a-number", error(e, "formData.canNang").code());
        assertEquals("not-an-option", error(e, "formData.gioiTinh").code());
        assertEquals("out-of-range", error(e, "formData.banSao").code());
        assertEquals("invalid-id-number", error(e, "formData.soDinhDanhMe").code());
        assertEquals("invalid-tax-code", error(e, "formData.maSoThue").code());
        assertEquals("invalid-phone", error(e, "formData.dienThoai").code());
        assertEquals("invalid-email", error(e, "formData.email").code());
        assertEquals("pattern", error(e, "formData.maHoSoCu").code());
        assertEquals("not-a-boolean", error(e, "formData.dangKyMuon").code());
        assertEquals("not-text", error(e, "formData.ghiChu").code());
        assertEquals("unknown-field", error(e, "formData.thuaRa").code());
        // Vietnamese first, naming the field's label
        assertTrue(error(e, "formData.hoTenTre").messageVi().startsWith("«Họ, chữ đệm, tên của trẻ»"));
        assertTrue(error(e, "formData.hoTenTre").messageEn().startsWith("'Child's full name'"));
    }

    @Test
    public void requiredFieldsMustBeGivenAndLimitsHold() {
        publishEveryType();
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("hoTenTre", "   ");
        empty.put("banSao", List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> cat.eforms.check(CODE, null, empty));
        assertFields(e, "formData.hoTenTre", "formData.ngaySinh", "formData.camDoan");
        for (var err : e.errors()) {
            assertEquals("required", err.code());
        }

        Map<String, Object> d = goodData();
        d.put("soConThu", 21);
        d.put("canNang", "0,4");
        d.put("hoTenTre", "x".repeat(101));
        d.put("ngaySinh", "2026-02-30");
        d.put("gioiTinh", List.of("NAM"));
        d.put("soDinhDanhMe", 1190012345L);
        d.put("ghiChu", "y".repeat(4001));
        ValidationException limits = assertThrows(ValidationException.class, () -> cat.eforms.check(CODE, 1, d));
        assertEquals("out-of-range", error(limits, "formData.soConThu").code());
        assertTrue(error(limits, "formData.soConThu").messageVi().contains("1–20"));
        assertEquals("out-of-range", error(limits, "formData.canNang").code());
        assertEquals("too-long", error(limits, "formData.hoTenTre").code());
        assertEquals("not-a-date", error(limits, "formData.ngaySinh").code());
        assertEquals("not-text", error(limits, "formData.gioiTinh").code());
        assertEquals("a number loses the leading zeros", "invalid-id-number",
            error(limits, "formData.soDinhDanhMe").code());
        assertEquals("too-long", error(limits, "formData.ghiChu").code());

        Map<String, Object> single = goodData();
        single.put("hoTenTre", "Dòng một\nDòng hai");
        single.put("soConThu", "1e400");
        assertEquals("not-single-line", error(assertThrows(ValidationException.class,
            () -> cat.eforms.check(CODE, null, single)), "formData.hoTenTre").code());
        assertEquals("not-a-number", error(assertThrows(ValidationException.class,
            () -> cat.eforms.check(CODE, null, single)), "formData.soConThu").code());
        assertThrows(NotFoundException.class, () -> cat.eforms.check(CODE, 7, goodData()));
    }

    @Test
    public void checksUseTheRevisionAsked() {
        publishEveryType();
        cat.eforms.publish(CODE, new EFormInput(1, List.of(field("hoTen", FieldType.TEXT, true)), null));
        assertEquals(Integer.valueOf(2), cat.eforms.check(CODE, null, Map.of("hoTen", "Lê Văn B")).revision());
        assertEquals("unknown-field", error(assertThrows(ValidationException.class,
            () -> cat.eforms.check(CODE, null, goodData())), "formData.hoTenTre").code());
        assertEquals(Integer.valueOf(1), cat.eforms.check(CODE, 1, goodData()).revision());
    }
}
