package vn.motcua.documents.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.FormType;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.impl.Fonts.Face;
import vn.motcua.documents.impl.Layout.Align;
import vn.motcua.documents.impl.Layout.Run;
import vn.motcua.documents.impl.Layout.Style;

/**
 * The parts every notice shares, in the layout of the forms' appendix and of Decree 30/2020/NĐ-CP: form number at the
 * top right, the issuing agency at the left and the national motto at the right, the place and date, the title, the QR
 * code of the lookup link beside the first lines, signature blocks, a lookup note and a footer on every page. The
 * body of each form is written by the caller between {@link #begin} and {@link #finish}.
 */
final class NoticeWriter implements AutoCloseable {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final float BODY = 11f;
    static final Style TEXT = Style.of(BODY, Align.LEFT).spaced(2.5f);
    static final Style SMALL_NOTE = Style.of(9f, Align.LEFT);
    static final Style TITLE = new Style(13.5f, 18f, Align.CENTER, 0, 0, 0);
    static final float TABLE_TEXT = 10f;

    private static final float HEADER = 10.5f;
    private static final float LEFT_COLUMN = Layout.WIDTH * 0.42f;
    private static final float QR_COLUMN = 112f;
    private static final float QR_SIDE = 84f;

    private final Fonts fonts;
    private final Map<Face, TrueTypeFont> fontSet;
    private final PDDocument doc;
    private final Layout layout;
    private final FormType form;
    private final DossierFacts facts;

    NoticeWriter(Fonts fonts, FormType form, DossierFacts facts) throws IOException {
        this.fonts = fonts;
        this.fontSet = fonts.borrow();
        this.doc = new PDDocument();
        try {
            Map<Face, PDType0Font> loaded = Fonts.loadInto(doc, fontSet);
            this.layout = new Layout(doc, loaded);
        } catch (IOException | RuntimeException e) {
            doc.close();
            fonts.giveBack(fontSet);
            throw e;
        }
        this.form = form;
        this.facts = facts;
    }

    Layout layout() {
        return layout;
    }

    LegalRegime regime() {
        return facts.regime();
    }

    /** Header, title (with an optional line under it) and the QR code floated beside what follows. */
    void begin(LocalDateTime dated, String subtitle) throws IOException {
        Layout l = layout;
        // form number, top right, as in the appendix of the circular
        String label = form.label(regime());
        l.show(label, Face.BOLD, 10f, Layout.RIGHT - l.width(Face.BOLD, 10f, label), l.y() - 10f);
        l.moveTo(l.y() - 16f);

        float top = l.y();
        float rightX = Layout.LEFT + LEFT_COLUMN;
        float rightWidth = Layout.WIDTH - LEFT_COLUMN;

        // left: governing body, agency (bold), short rule
        List<Run> agency = new ArrayList<>();
        String parent = facts.issuer().parentAgencyName();
        if (parent != null && !parent.isBlank()) {
            agency.add(Run.regular(upper(parent) + "\n"));
        }
        agency.add(Run.bold(upper(facts.issuer().agencyName())));
        l.paragraph(Layout.LEFT, LEFT_COLUMN, Style.of(HEADER, Align.CENTER), agency);
        l.rule(Layout.LEFT + LEFT_COLUMN / 2, LEFT_COLUMN / 3, l.y() - 2f);
        float leftEnd = l.y() - 6f;

        // right: national motto, its second line underlined over its own length
        l.moveTo(top);
        String nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        String motto = "Độc lập - Tự do - Hạnh phúc";
        float nationSize = fit(Face.BOLD, nation, HEADER, rightWidth);
        l.paragraph(rightX, rightWidth, Style.of(nationSize, Align.CENTER), List.of(Run.bold(nation)));
        float mottoSize = HEADER + 0.5f;
        l.paragraph(rightX, rightWidth, Style.of(mottoSize, Align.CENTER), List.of(Run.bold(motto)));
        l.rule(rightX + rightWidth / 2, l.width(Face.BOLD, mottoSize, motto), l.y() - 2f);
        float rightEnd = l.y() - 6f;

        // the dossier code under the agency, the place and date under the motto, on one line
        float lineTop = Math.min(leftEnd, rightEnd) - 4f;
        l.moveTo(lineTop);
        String codeLabel = "Mã hồ sơ: ";
        float codeSize = 10f;
        while (codeSize > 7f && l.width(Face.REGULAR, codeSize, codeLabel)
            + l.width(Face.BOLD, codeSize, facts.dossierCode()) > LEFT_COLUMN) {
            codeSize -= 0.25f;
        }
        l.paragraph(Layout.LEFT, LEFT_COLUMN, Style.of(codeSize, Align.CENTER),
            List.of(Run.regular(codeLabel), Run.bold(facts.dossierCode())));
        float codeEnd = l.y();
        l.moveTo(lineTop);
        l.paragraph(rightX, rightWidth, Style.of(BODY, Align.CENTER),
            List.of(Run.italic(VietnameseDates.placeAndDate(facts.issuer().placeName(), dated))));
        l.moveTo(Math.min(codeEnd, l.y()));

        l.gap(14f);
        l.paragraph(TITLE, Run.bold(upper(form.title(regime()))));
        if (subtitle != null) {
            l.paragraph(Style.of(BODY, Align.CENTER), Run.italic(subtitle));
        }
        l.gap(8f);
        drawQr();
    }

    /** The QR code of the lookup link in the right column, the dossier code under it; the text flows beside it. */
    private void drawQr() throws IOException {
        Layout l = layout;
        float caption = 7f;
        float height = QR_SIDE + 2 * (caption * 1.3f) + 2f;
        float top = l.floatRight(QR_COLUMN, height);
        float columnLeft = Layout.RIGHT - QR_COLUMN;
        new QrCode(facts.lookupUrl()).draw(l.out(), columnLeft + (QR_COLUMN - QR_SIDE) / 2, top - QR_SIDE, QR_SIDE);
        float baseline = top - QR_SIDE - caption;
        String code = facts.dossierCode();
        float codeSize = fit(Face.REGULAR, code, caption, QR_COLUMN);
        l.show(code, Face.REGULAR, codeSize, columnLeft + (QR_COLUMN - l.width(Face.REGULAR, codeSize, code)) / 2,
            baseline);
        String hint = "Quét mã để tra cứu hồ sơ";
        l.show(hint, Face.ITALIC, caption, columnLeft + (QR_COLUMN - l.width(Face.ITALIC, caption, hint)) / 2,
            baseline - caption * 1.3f);
    }

    /** "Label: value" over the full width (beside the QR code while it lasts); the value in {@code valueFace}. */
    void field(String label, String value, Face valueFace) throws IOException {
        layout.paragraph(TEXT, Run.regular(label + ": "), new Run(value == null ? "" : value, valueFace));
    }

    void field(String label, String value) throws IOException {
        field(label, value, Face.REGULAR);
    }

    /** Phone and e-mail on one line, as on the form. */
    void contactLine(String phone, String email) throws IOException {
        layout.paragraph(TEXT, Run.regular("Số điện thoại: " + (phone == null ? "" : phone) + "     Email: "
            + (email == null ? "" : email)));
    }

    /** "Nội dung yêu cầu giải quyết": the procedure, with its national code when known. */
    void request() throws IOException {
        String code = facts.procedureCode();
        String text = code == null || code.isBlank() ? facts.procedureName()
            : facts.procedureName() + " (mã thủ tục: " + code + ")";
        field("Nội dung yêu cầu giải quyết", text);
    }

    /**
     * Signature blocks side by side (a null title leaves its column empty): title in capitals, the instruction in
     * italics, room to sign, the name. Kept together on one page.
     */
    private void signatures(String leftTitle, String leftName, String rightTitle, String rightName) throws IOException {
        Layout l = layout;
        l.clearFloat();
        l.gap(10f);
        l.keep(110f);
        float half = Layout.WIDTH / 2;
        float top = l.y();
        float end = top;
        String[][] blocks = {{leftTitle, leftName}, {rightTitle, rightName}};
        for (int i = 0; i < 2; i++) {
            if (blocks[i][0] == null) {
                continue;
            }
            l.moveTo(top);
            float x = Layout.LEFT + i * half;
            l.paragraph(x, half, Style.of(BODY, Align.CENTER), List.of(Run.bold(upper(blocks[i][0]))));
            l.paragraph(x, half, Style.of(10f, Align.CENTER), List.of(Run.italic("(Ký và ghi rõ họ tên)")));
            l.moveTo(l.y() - 52f);
            if (blocks[i][1] != null) {
                l.paragraph(x, half, Style.of(BODY, Align.CENTER), List.of(Run.bold(blocks[i][1])));
            }
            end = Math.min(end, l.y());
        }
        l.moveTo(end);
    }

    /** Signatures, then the lookup note: how every notice ends. */
    void closing(String leftTitle, String leftName, String rightTitle, String rightName) throws IOException {
        signatures(leftTitle, leftName, rightTitle, rightName);
        lookupNote();
    }

    /** The closing note: how to follow the dossier with its code or the QR code. */
    private void lookupNote() throws IOException {
        Layout l = layout;
        l.clearFloat();
        l.gap(12f);
        l.paragraph(SMALL_NOTE, Run.italic("Ghi chú: Tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ "),
            Run.bold(facts.dossierCode()), Run.italic(" hoặc quét mã QR trên phiếu này, tại địa chỉ: "),
            Run.regular(facts.lookupUrl()));
    }

    /**
     * Footers ("Mẫu số 01 · Thông tư … · Mã hồ sơ … · Trang i/n"), metadata, and the bytes. The metadata dates are the
     * notice's own date and the document id derives from the input, so equal input gives identical bytes.
     */
    byte[] finish(LocalDateTime dated, String fingerprint) throws IOException {
        layout.close();
        List<PDPage> pages = layout.pages();
        String left = form.label(regime()) + " (Thông tư số " + regime().circular() + ") · Mã hồ sơ "
            + facts.dossierCode();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream out = new PDPageContentStream(doc, pages.get(i),
                PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                float baseline = Layout.BOTTOM - 24f;
                footerText(out, left, Layout.LEFT, baseline);
                String page = "Trang " + (i + 1) + "/" + pages.size();
                footerText(out, page, Layout.RIGHT - layout.width(Face.REGULAR, 8f, page), baseline);
            }
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(form.title(regime()) + " – " + facts.dossierCode());
        info.setAuthor(facts.issuer().agencyName());
        info.setSubject(form.label(regime()) + ", Thông tư số " + regime().circular());
        String agencyCode = facts.issuer().agencyCode();
        info.setKeywords(facts.dossierCode() + (agencyCode == null || agencyCode.isBlank() ? "" : ", " + agencyCode));
        info.setCreator("MotCua");
        info.setProducer("MotCua (Apache PDFBox)");
        GregorianCalendar when = GregorianCalendar.from(dated.atZone(LegalRegime.VIETNAM));
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.getDocumentCatalog().setLanguage("vi-VN");
        doc.setDocumentId(stableId(fingerprint));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        doc.save(bytes);
        return bytes.toByteArray();
    }

    private void footerText(PDPageContentStream out, String text, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(fontFor(Face.REGULAR), 8f);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private PDType0Font fontFor(Face face) {
        return layout.font(face);
    }

    /** The largest size up to {@code preferred} at which {@code text} fits in {@code width}. */
    private float fit(Face face, String text, float preferred, float width) {
        float size = preferred;
        while (size > 6f && layout.width(face, size, text) > width) {
            size -= 0.25f;
        }
        return size;
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static long stableId(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            layout.close();
        } finally {
            try {
                doc.close();
            } finally {
                fonts.giveBack(fontSet);
            }
        }
    }
}
