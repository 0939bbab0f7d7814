package vn.motcua.documents.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.ComponentForm;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.ValidationException;

/** Bad input is refused with every offending field named, as the platform's API answers it (HTTP 400). */
public class NoticeValidationTest {
    private static final PdfDossierDocuments DOCUMENTS = new PdfDossierDocuments();

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static FieldError error(ValidationException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).findFirst()
            .orElseThrow(() -> new AssertionError(field + " not named in " + e.errors()));
    }

    @Test
    public void missingNoticeIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(null));
        assertEquals(Set.of("receipt"), fields(e));
        assertEquals(400, e.httpStatus());
    }

    @Test
    public void blankAndMissingFieldsAreAllNamedAtOnce() {
        DossierFacts bad = new DossierFacts(null, new Issuer(null, " ", null, "", "Bắc Giang"), "  ",
            new Applicant("\u200B", null, null, null), null, null, null);
        ReceiptData data = new ReceiptData(bad, null, List.of(), 0, " ", null, null, null, null, null, -1);
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(data));
        assertEquals(Set.of("dossier.regime", "dossier.issuer.agencyName", "dossier.issuer.counterName",
            "dossier.dossierCode", "dossier.applicant.name", "dossier.procedureName", "dossier.lookupUrl", "receivedBy",
            "components", "numberOfSets", "statutoryTime", "receivedAt", "appointment", "resultDelivery",
            "supplementCount"), fields(e));
        assertEquals("required", error(e, "dossier.applicant.name").code());
        assertEquals("Bắt buộc phải nhập", error(e, "dossier.applicant.name").messageVi());
        assertTrue(e.messageVi(), e.messageVi().startsWith("Dữ liệu không hợp lệ"));
    }

    @Test
    public void componentRowsAreCheckedOneByOne() {
        List<ReceivedComponent> rows = new ArrayList<>(Samples.components(3));
        rows.set(1, new ReceivedComponent("Giấy tờ chứng minh quyền sử dụng đất", null, 0, null));
        rows.add(null);
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(
            Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025), rows, 0)));
        assertEquals(Set.of("components[1].form", "components[1].quantity", "components[3]"), fields(e));
    }

    @Test
    public void codeLinkAndTimesMustMakeSense() {
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        DossierFacts bad = new DossierFacts(f.regime(), f.issuer(), "HS 01/2025", new Applicant(f.applicant().name(),
            null, "gọi sau", null), f.procedureName(), null, "javascript:alert(1)");
        ReceiptData r = Samples.receipt(bad, Samples.components(1), 0);
        ReceiptData backwards = new ReceiptData(bad, r.receivedBy(), r.components(), 1, r.statutoryTime(),
            r.receivedAt(), r.receivedAt().minusHours(1), r.resultDelivery(), null, null, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(backwards));
        assertEquals(Set.of("dossier.dossierCode", "dossier.lookupUrl", "dossier.applicant.phone", "appointment"),
            fields(e));
        assertEquals("bad-format", error(e, "dossier.dossierCode").code());
        assertEquals("before-receipt", error(e, "appointment").code());
    }

    @Test
    public void oversizedInputIsRefusedNotRendered() {
        List<ReceivedComponent> many = new ArrayList<>();
        for (int i = 0; i < Inputs.MAX_COMPONENTS + 1; i++) {
            many.add(new ReceivedComponent("Tài liệu " + i, ComponentForm.ELECTRONIC, 1, null));
        }
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(
            Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025), many, 0)));
        assertEquals(Set.of("components"), fields(e));
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        DossierFacts longName = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(),
            new Applicant("Nguyễn ".repeat(60), null, null, null), f.procedureName(), null, f.lookupUrl());
        e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(
            Samples.receipt(longName, Samples.components(1), 0)));
        assertEquals("too-long", error(e, "dossier.applicant.name").code());
        // a link too long for a QR code that still scans from paper, and one that is not ASCII
        for (String link : List.of(Samples.URL + "&x=" + "a".repeat(Inputs.MAX_LINK), "https://dichvucong.gov.vn/tra cứu")) {
            DossierFacts badLink = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(), f.applicant(),
                f.procedureName(), null, link);
            e = assertThrows(ValidationException.class, () -> DOCUMENTS.receipt(
                Samples.receipt(badLink, Samples.components(1), 0)));
            assertEquals(Set.of("dossier.lookupUrl"), fields(e));
        }
    }

    @Test
    public void supplementRequestNeedsItemsAndUnderThe2025RulesADeadline() {
        SupplementRequestData ok = Samples.supplement(LegalRegime.CIRCULAR_03_2025);
        SupplementRequestData noDeadline = new SupplementRequestData(ok.dossier(), ok.items(), ok.issuedAt(),
            ok.issuedBy(), ok.contactPhone(), null, null);
        ValidationException e = assertThrows(ValidationException.class,
            () -> DOCUMENTS.supplementRequest(noDeadline));
        assertEquals(Set.of("deadline"), fields(e));
        // before 01/07/2025 the form had no deadline line
        SupplementRequestData old = Samples.supplement(LegalRegime.CIRCULAR_01_2018);
        DOCUMENTS.supplementRequest(new SupplementRequestData(old.dossier(), old.items(), old.issuedAt(),
            old.issuedBy(), null, null, null));

        SupplementRequestData bad = new SupplementRequestData(ok.dossier(),
            List.of(new MissingItem("Bản vẽ", " "), new MissingItem(null, "Thiếu")), ok.issuedAt(), "",
            "abc", ok.issuedAt().minusDays(1), "x".repeat(2001));
        e = assertThrows(ValidationException.class, () -> DOCUMENTS.supplementRequest(bad));
        assertEquals(Set.of("items[0].reason", "items[1].componentName", "issuedBy", "contactPhone", "deadline", "note"),
            fields(e));
        SupplementRequestData empty = new SupplementRequestData(ok.dossier(), List.of(), ok.issuedAt(),
            ok.issuedBy(), null, ok.deadline(), null);
        assertEquals(Set.of("items"), fields(assertThrows(ValidationException.class,
            () -> DOCUMENTS.supplementRequest(empty))));
    }

    @Test
    public void refusalNeedsAReason() {
        RefusalData ok = Samples.refusal(LegalRegime.CIRCULAR_03_2025);
        RefusalData bad = new RefusalData(ok.dossier(), "\n \n", "Đ".repeat(2001), null, ok.issuedBy());
        ValidationException e = assertThrows(ValidationException.class, () -> DOCUMENTS.refusal(bad));
        assertEquals(Set.of("reason", "legalBasis", "issuedAt"), fields(e));
        assertEquals("required", error(e, "reason").code());
        assertEquals("too-long", error(e, "legalBasis").code());
        RefusalData noDossier = new RefusalData(null, ok.reason(), ok.legalBasis(), ok.issuedAt(), ok.issuedBy());
        assertEquals(Set.of("dossier"), fields(assertThrows(ValidationException.class,
            () -> DOCUMENTS.refusal(noDossier))));
    }
}
