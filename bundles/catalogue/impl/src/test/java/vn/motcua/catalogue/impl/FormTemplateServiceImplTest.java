package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.FormTemplate;
import vn.motcua.catalogue.api.FormTemplateService.FormFile;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.testing.SampleFiles;

public class FormTemplateServiceImplTest extends CatalogueTestSupport {
    private static final byte[] PDF = "%PDF-1.7\n% mẫu đơn\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCX = SampleFiles.docx();

    @Before
    public void procedureExists() {
        standardCatalogue();
        cat.procedures.create(procedure("1.009994", "Cấp giấy phép xây dựng").agencies(DEPT_CONSTRUCTION).build());
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    // clauses: 001-27.1, 001-8.2#3
    public void storesAFormWithTypeDecidedFromContentAndServesTheSameBytes() {
        FormTemplate t = cat.forms.upload("1.009994", "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)",
            "C:\\Users\\cb\\Mẫu 01 - đơn đề nghị.pdf", in(PDF));
        assertEquals("Mẫu 01 - đơn đề nghị.pdf", t.fileName());
        assertEquals("application/pdf", t.contentType());
        assertEquals(PDF.length, t.sizeBytes());
        assertEquals(FormFiles.sha256(PDF), t.sha256());
        FormFile file = cat.forms.download("1.009994", t.id());
        assertArrayEquals(PDF, file.content());
        assertEquals(1, cat.forms.list("1.009994", false).size());
        FormTemplate word = cat.forms.upload("1.009994", "Tờ khai", "to-khai.docx", in(DOCX));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.contentType());
    }

    @Test
    public void refusesContentThatDoesNotMatchItsNameOrType() {
        ValidationException exe = assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", "Mẫu", "virus.exe", in(new byte[] {'M', 'Z', 0, 0})));
        assertEquals("file", exe.errors().get(0).field());
        assertEquals("type-not-allowed", exe.errors().get(0).code());
        ValidationException disguised = assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", "Mẫu", "mau.pdf", in("<html>not a pdf</html>".getBytes())));
        assertEquals("content-mismatch", disguised.errors().get(0).code());
        assertEquals("empty", assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", "Mẫu", "mau.pdf", in(new byte[0]))).errors().get(0).code());
        assertEquals("fileName", assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", "Mẫu", "../../", in(PDF))).errors().get(0).field());
        assertEquals("name", assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", " ", "mau.pdf", in(PDF))).errors().get(0).field());
        assertTrue(cat.forms.list("1.009994", true).isEmpty());
    }

    @Test
    public void refusesFilesOverTheLimitWithoutStoringThem() {
        byte[] big = Arrays.copyOf(PDF, 64 * 1024 + 1);
        ValidationException e = assertThrows(ValidationException.class,
            () -> cat.forms.upload("1.009994", "Mẫu lớn", "lon.pdf", in(big)));
        assertEquals("too-large", e.errors().get(0).code());
        assertEquals(0, cat.db.count("cat_form_template"));
    }

    @Test
    public void withdrawnFormsAreKeptButNotOffered() {
        FormTemplate t = cat.forms.upload("1.009994", "Mẫu cũ", "cu.pdf", in(PDF));
        FormTemplate withdrawn = cat.forms.withdraw("1.009994", t.id());
        assertNotNull(withdrawn.withdrawnAt());
        assertTrue(cat.forms.list("1.009994", false).isEmpty());
        assertEquals(1, cat.forms.list("1.009994", true).size());
        assertArrayEquals(PDF, cat.forms.download("1.009994", t.id()).content());
        assertThrows(NotFoundException.class, () -> cat.forms.download("9.999999", t.id()));
        assertThrows(NotFoundException.class, () -> cat.forms.upload("9.999999", "Mẫu", "a.pdf", in(PDF)));
    }
}
