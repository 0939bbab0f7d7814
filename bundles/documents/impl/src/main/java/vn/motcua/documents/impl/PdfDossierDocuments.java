package vn.motcua.documents.impl;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.documents.api.DossierDocuments;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.FormType;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;
import vn.motcua.documents.impl.Fonts.Face;
import vn.motcua.documents.impl.Layout.Align;
import vn.motcua.documents.impl.Layout.Column;
import vn.motcua.documents.impl.Layout.Run;

/**
 * The notices of Circulars 01/2018/TT-VPCP and 03/2025/TT-VPCP as PDF with Apache PDFBox. Stateless apart from the
 * font bytes read once, so one instance serves all threads. Wording per form and regime, and where it comes from, is
 * listed in docs/documents-integration.md.
 */
@Component(service = DossierDocuments.class)
public class PdfDossierDocuments implements DossierDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(PdfDossierDocuments.class);

    private final Fonts fonts;
    private final Inputs inputs;

    public PdfDossierDocuments() {
        this.fonts = new Fonts();
        this.inputs = new Inputs(new PrintableText(fonts));
    }

    /** Releases the parsed fonts kept for reuse. */
    @Deactivate
    void deactivate() {
        fonts.close();
    }

    @Override
    public byte[] receipt(ReceiptData data) {
        Inputs.Clean<ReceiptData> clean = inputs.receipt(data);
        ReceiptData d = clean.value();
        return render(FormType.RECEIPT, d.dossier(), clean.replacedFields(), d.toString(), w -> {
            String subtitle = d.supplementCount() > 0 ? "(Lần bổ sung thứ " + d.supplementCount() + ")" : null;
            w.begin(d.receivedAt(), subtitle);
            DossierFacts f = d.dossier();
            Layout l = w.layout();
            w.field(f.regime().oneStopUnit(), f.issuer().counterName());
            w.field("Tiếp nhận hồ sơ của", f.applicant().name(), Face.BOLD);
            w.field("Địa chỉ", f.applicant().address());
            w.contactLine(f.applicant().phone(), f.applicant().email());
            w.request();
            l.paragraph(NoticeWriter.TEXT, Run.regular("1. Thành phần hồ sơ nộp gồm:"));
            l.gap(3f);
            List<List<String>> rows = new ArrayList<>();
            int no = 1;
            for (ReceivedComponent c : d.components()) {
                rows.add(List.of(String.valueOf(no++), c.name(), c.form().label(), twoDigits(c.quantity()),
                    c.note() == null ? "" : c.note()));
            }
            float name = Layout.WIDTH - 28f - 92f - 58f - 88f;
            l.table(List.of(new Column("TT", 28f, Align.CENTER), new Column("Tên giấy tờ", name, Align.LEFT),
                new Column("Hình thức", 92f, Align.CENTER), new Column("Số lượng", 58f, Align.CENTER),
                new Column("Ghi chú", 88f, Align.LEFT)), rows, NoticeWriter.TABLE_TEXT);
            l.gap(4f);
            w.field("2. Số lượng hồ sơ", twoDigits(d.numberOfSets()) + " (bộ)");
            w.field("3. Thời gian giải quyết hồ sơ theo quy định", d.statutoryTime());
            w.field("4. Thời gian nhận hồ sơ", VietnameseDates.timeAndDate(d.receivedAt()), Face.BOLD);
            w.field("5. Thời gian trả kết quả giải quyết hồ sơ", VietnameseDates.timeAndDate(d.appointment()),
                Face.BOLD);
            w.field("6. Đăng ký nhận kết quả tại", d.resultDelivery());
            if (d.trackingBookVolume() != null || d.trackingBookNumber() != null) {
                l.paragraph(NoticeWriter.TEXT, Run.regular("Vào Sổ theo dõi hồ sơ, Quyển số: "
                    + orDots(d.trackingBookVolume()) + ", Số thứ tự: " + orDots(d.trackingBookNumber())));
            }
            w.closing("Người nộp hồ sơ", f.applicant().name(), "Người tiếp nhận hồ sơ", d.receivedBy());
            return d.receivedAt();
        });
    }

    @Override
    public byte[] supplementRequest(SupplementRequestData data) {
        Inputs.Clean<SupplementRequestData> clean = inputs.supplementRequest(data);
        SupplementRequestData d = clean.value();
        return render(FormType.SUPPLEMENT_REQUEST, d.dossier(), clean.replacedFields(), d.toString(), w -> {
            w.begin(d.issuedAt(), null);
            DossierFacts f = d.dossier();
            Layout l = w.layout();
            w.field("Hồ sơ của", f.applicant().name(), Face.BOLD);
            w.request();
            w.field("Địa chỉ", f.applicant().address());
            w.contactLine(f.applicant().phone(), f.applicant().email());
            l.paragraph(NoticeWriter.TEXT, Run.regular("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"));
            l.gap(3f);
            List<List<String>> rows = new ArrayList<>();
            int no = 1;
            for (MissingItem item : d.items()) {
                rows.add(List.of(String.valueOf(no++), item.componentName(), item.reason()));
            }
            l.table(List.of(new Column("TT", 28f, Align.CENTER),
                new Column("Thành phần hồ sơ, nội dung cần bổ sung, hoàn thiện", 190f, Align.LEFT),
                new Column("Lý do, yêu cầu cụ thể", Layout.WIDTH - 28f - 190f, Align.LEFT)), rows,
                NoticeWriter.TABLE_TEXT);
            l.gap(4f);
            if (d.note() != null) {
                l.paragraph(NoticeWriter.TEXT, Run.regular("Ghi chú: " + d.note()));
            }
            if (d.deadline() != null) {
                l.paragraph(NoticeWriter.TEXT, Run.regular("Thời hạn bổ sung, hoàn thiện hồ sơ: trước "),
                    Run.bold(VietnameseDates.timeAndDate(d.deadline())), Run.regular("."));
            }
            if (f.regime() == LegalRegime.CIRCULAR_03_2025) {
                l.paragraph(NoticeWriter.TEXT, Run.regular("Quá thời hạn trên mà hồ sơ chưa được bổ sung, hoàn thiện "
                    + "thì hồ sơ sẽ bị dừng giải quyết theo quy định."));
            }
            String contact = d.contactPhone() == null ? "" : ", số điện thoại " + d.contactPhone();
            l.paragraph(NoticeWriter.TEXT, Run.regular("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà "
                + "liên hệ với " + d.issuedBy() + contact + " để được hướng dẫn."));
            l.paragraph(NoticeWriter.TEXT, Run.regular("Xin trân trọng./."));
            w.closing(null, null, "Người hướng dẫn", d.issuedBy());
            return d.issuedAt();
        });
    }

    @Override
    public byte[] refusal(RefusalData data) {
        Inputs.Clean<RefusalData> clean = inputs.refusal(data);
        RefusalData d = clean.value();
        return render(FormType.REFUSAL, d.dossier(), clean.replacedFields(), d.toString(), w -> {
            w.begin(d.issuedAt(), null);
            DossierFacts f = d.dossier();
            Layout l = w.layout();
            String unit = f.regime().oneStopUnit();
            w.field(unit, f.issuer().counterName());
            w.field("Tiếp nhận hồ sơ của", f.applicant().name(), Face.BOLD);
            w.field("Địa chỉ", f.applicant().address());
            w.contactLine(f.applicant().phone(), f.applicant().email());
            w.request();
            l.paragraph(NoticeWriter.TEXT, Run.regular("Qua nghiên cứu, đối chiếu với quy định hiện hành, " + unit
                + " từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"));
            l.paragraph(Layout.LEFT, Layout.WIDTH, NoticeWriter.TEXT.indented(14f, 14f), List.of(Run.regular(d.reason())));
            if (d.legalBasis() != null) {
                l.paragraph(NoticeWriter.TEXT, Run.regular("Căn cứ pháp lý: " + d.legalBasis()));
            }
            l.paragraph(NoticeWriter.TEXT, Run.regular("Xin lỗi ông/bà và trân trọng./."));
            w.closing(null, null, "Người tiếp nhận hồ sơ", d.issuedBy());
            return d.issuedAt();
        });
    }

    /** Writes one notice's body between the shared header and footer; returns the notice's date. */
    @FunctionalInterface
    private interface Body {
        LocalDateTime write(NoticeWriter writer) throws IOException;
    }

    private byte[] render(FormType form, DossierFacts facts, List<String> replaced, String fingerprint, Body body) {
        if (!replaced.isEmpty()) {
            // field names only: the values are personal data
            LOG.info("{} of dossier {}: characters the fonts cannot print were replaced in {}", form,
                facts.dossierCode(), replaced);
        }
        long start = System.nanoTime();
        try (NoticeWriter writer = new NoticeWriter(fonts, form, facts)) {
            LocalDateTime dated = body.write(writer);
            byte[] pdf = writer.finish(dated, form + "|" + fingerprint);
            LOG.debug("{} of dossier {} rendered: {} bytes, {} page(s), {} ms", form, facts.dossierCode(), pdf.length,
                writer.layout().pageCount(), (System.nanoTime() - start) / 1_000_000);
            return pdf;
        } catch (IOException e) {
            LOG.error("{} of dossier {} could not be rendered", form, facts.dossierCode(), e);
            throw new IllegalStateException("could not render " + form + " of dossier " + facts.dossierCode(), e);
        }
    }

    private static String twoDigits(int n) {
        return String.format("%02d", n);
    }

    private static String orDots(String s) {
        return s == null ? "……" : s;
    }
}
