package vn.motcua.documents.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ValidationException;

/**
 * Checks a notice's input and returns a printable copy of it (see {@link PrintableText}). Every offending field is
 * named at once with its path in the record, e.g. {@code dossier.applicant.name} or {@code components[3].quantity}.
 * Lengths are bounded so that no input can make a document of unbounded size.
 */
final class Inputs {
    /** The 2018 code ({@code 000.00.06.H56-231027-0361}) and the 2026 central-service code both fit this. */
    static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{2,63}");
    static final Pattern PHONE = Pattern.compile("[0-9+().\\- ]{3,30}");
    static final int MAX_COMPONENTS = 500;
    static final int MAX_ITEMS = 200;
    static final int MAX_LINK = 256;

    private final PrintableText printable;

    Inputs(PrintableText printable) {
        this.printable = printable;
    }

    /** A cleaned input and the fields in which characters the fonts lack were replaced. */
    record Clean<T>(T value, List<String> replacedFields) {
    }

    /** Cleans text fields as it goes and remembers where it had to replace characters. */
    private final class Session {
        final Checks checks = new Checks();
        final List<String> replaced = new ArrayList<>();

        String text(String field, String raw) {
            return text(field, raw, false);
        }

        String text(String field, String raw, boolean multiline) {
            PrintableText.Cleaned c = printable.clean(raw, multiline);
            if (c.replaced()) {
                replaced.add(field);
            }
            return c.text() == null || c.text().isEmpty() ? null : c.text();
        }

        String required(String field, String raw, int max) {
            String v = text(field, raw);
            checks.requiredText(field, v, max);
            return v;
        }

        String optional(String field, String raw, int max) {
            String v = text(field, raw);
            checks.maxLength(field, v, max);
            return v;
        }

        String requiredLong(String field, String raw, int max) {
            String v = text(field, raw, true);
            checks.requiredText(field, v, max);
            return v;
        }

        <T> Clean<T> done(T value) {
            checks.throwIfAny();
            return new Clean<>(value, List.copyOf(replaced));
        }
    }

    Clean<ReceiptData> receipt(ReceiptData raw) {
        requireBody("receipt", raw);
        Session s = new Session();
        Checks c = s.checks;
        DossierFacts dossier = facts(s, raw.dossier());
        String receivedBy = s.required("receivedBy", raw.receivedBy(), 200);
        List<ReceivedComponent> components = new ArrayList<>();
        if (c.notEmpty("components", raw.components())
            && c.range("components", raw.components().size(), 1, MAX_COMPONENTS)) {
            for (int i = 0; i < raw.components().size(); i++) {
                String p = "components[" + i + "]";
                ReceivedComponent rc = raw.components().get(i);
                if (!c.required(p, rc)) {
                    continue;
                }
                String name = s.required(p + ".name", rc.name(), 1000);
                c.required(p + ".form", rc.form());
                c.range(p + ".quantity", rc.quantity(), 1, 999);
                String note = s.optional(p + ".note", rc.note(), 500);
                components.add(new ReceivedComponent(name, rc.form(), rc.quantity(), note));
            }
        }
        c.range("numberOfSets", raw.numberOfSets(), 1, 99);
        String statutoryTime = s.required("statutoryTime", raw.statutoryTime(), 200);
        c.required("receivedAt", raw.receivedAt());
        c.required("appointment", raw.appointment());
        if (raw.receivedAt() != null && raw.appointment() != null && raw.appointment().isBefore(raw.receivedAt())) {
            c.add("appointment", "before-receipt", "Thời điểm hẹn trả kết quả không được trước thời điểm tiếp nhận",
                "must not be before receivedAt");
        }
        String delivery = s.required("resultDelivery", raw.resultDelivery(), 500);
        String volume = s.optional("trackingBookVolume", raw.trackingBookVolume(), 30);
        String number = s.optional("trackingBookNumber", raw.trackingBookNumber(), 30);
        c.range("supplementCount", raw.supplementCount(), 0, 99);
        return s.done(new ReceiptData(dossier, receivedBy, components, raw.numberOfSets(), statutoryTime,
            raw.receivedAt(), raw.appointment(), delivery, volume, number, raw.supplementCount()));
    }

    Clean<SupplementRequestData> supplementRequest(SupplementRequestData raw) {
        requireBody("supplementRequest", raw);
        Session s = new Session();
        Checks c = s.checks;
        DossierFacts dossier = facts(s, raw.dossier());
        List<MissingItem> items = new ArrayList<>();
        if (c.notEmpty("items", raw.items()) && c.range("items", raw.items().size(), 1, MAX_ITEMS)) {
            for (int i = 0; i < raw.items().size(); i++) {
                String p = "items[" + i + "]";
                MissingItem item = raw.items().get(i);
                if (!c.required(p, item)) {
                    continue;
                }
                items.add(new MissingItem(s.required(p + ".componentName", item.componentName(), 1000),
                    s.requiredLong(p + ".reason", item.reason(), 2000)));
            }
        }
        c.required("issuedAt", raw.issuedAt());
        String issuedBy = s.required("issuedBy", raw.issuedBy(), 200);
        String phone = s.optional("contactPhone", raw.contactPhone(), 30);
        c.matches("contactPhone", phone, PHONE, "số điện thoại (chữ số, dấu +, -, ngoặc)", "a phone number");
        // Circular 03/2025: a dossier not supplemented within the limit is closed, so the notice must state the limit
        if (dossier != null && dossier.regime() == LegalRegime.CIRCULAR_03_2025) {
            c.required("deadline", raw.deadline());
        }
        if (raw.deadline() != null && raw.issuedAt() != null && !raw.deadline().isAfter(raw.issuedAt())) {
            c.add("deadline", "not-after-issue", "Hạn bổ sung phải sau thời điểm lập phiếu", "must be after issuedAt");
        }
        String note = s.text("note", raw.note(), true);
        c.maxLength("note", note, 2000);
        return s.done(new SupplementRequestData(dossier, items, raw.issuedAt(), issuedBy, phone, raw.deadline(), note));
    }

    Clean<RefusalData> refusal(RefusalData raw) {
        requireBody("refusal", raw);
        Session s = new Session();
        DossierFacts dossier = facts(s, raw.dossier());
        String reason = s.requiredLong("reason", raw.reason(), 4000);
        String legalBasis = s.text("legalBasis", raw.legalBasis(), true);
        s.checks.maxLength("legalBasis", legalBasis, 2000);
        s.checks.required("issuedAt", raw.issuedAt());
        String issuedBy = s.required("issuedBy", raw.issuedBy(), 200);
        return s.done(new RefusalData(dossier, reason, legalBasis, raw.issuedAt(), issuedBy));
    }

    private DossierFacts facts(Session s, DossierFacts raw) {
        Checks c = s.checks;
        if (!c.required("dossier", raw)) {
            return null;
        }
        c.required("dossier.regime", raw.regime());
        Issuer issuer = null;
        if (c.required("dossier.issuer", raw.issuer())) {
            Issuer i = raw.issuer();
            issuer = new Issuer(s.optional("dossier.issuer.parentAgencyName", i.parentAgencyName(), 300),
                s.required("dossier.issuer.agencyName", i.agencyName(), 300),
                s.optional("dossier.issuer.agencyCode", i.agencyCode(), 40),
                s.required("dossier.issuer.counterName", i.counterName(), 300),
                s.required("dossier.issuer.placeName", i.placeName(), 100));
        }
        String code = s.text("dossier.dossierCode", raw.dossierCode());
        if (c.required("dossier.dossierCode", code)) {
            c.matches("dossier.dossierCode", code, DOSSIER_CODE, "mã hồ sơ gồm chữ, số, dấu chấm và gạch nối",
                "letters, digits, dots and hyphens");
        }
        Applicant applicant = null;
        if (c.required("dossier.applicant", raw.applicant())) {
            Applicant a = raw.applicant();
            String phone = s.optional("dossier.applicant.phone", a.phone(), 30);
            c.matches("dossier.applicant.phone", phone, PHONE, "số điện thoại (chữ số, dấu +, -, ngoặc)",
                "a phone number");
            applicant = new Applicant(s.required("dossier.applicant.name", a.name(), 300),
                s.optional("dossier.applicant.address", a.address(), 500), phone,
                s.optional("dossier.applicant.email", a.email(), 254));
        }
        String procedureName = s.required("dossier.procedureName", raw.procedureName(), 1000);
        String procedureCode = s.optional("dossier.procedureCode", raw.procedureCode(), 50);
        String url = raw.lookupUrl() == null ? null : raw.lookupUrl().strip();
        // the QR code of a longer link gets modules too small to scan from paper at the printed size
        if (c.requiredText("dossier.lookupUrl", url, MAX_LINK) && !isWebLink(url)) {
            c.add("dossier.lookupUrl", "bad-format", "Cần một địa chỉ http(s) đầy đủ (ký tự ASCII, đã mã hóa %)",
                "must be an absolute http(s) URL in ASCII (percent-encoded)");
        }
        return new DossierFacts(raw.regime(), issuer, code, applicant, procedureName, procedureCode, url);
    }

    private static boolean isWebLink(String url) {
        if (!url.chars().allMatch(ch -> ch > ' ' && ch < 127)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void requireBody(String name, Object raw) {
        if (raw == null) {
            throw ValidationException.of(name, "required", "Thiếu dữ liệu của phiếu", "the notice's data is missing");
        }
    }
}
