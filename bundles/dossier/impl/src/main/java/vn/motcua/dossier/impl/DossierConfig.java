package vn.motcua.dossier.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code vn.motcua.dossier} (etc/vn.motcua.dossier.cfg). */
@ObjectClassDefinition(name = "MotCua – Hồ sơ / Dossiers")
public @interface DossierConfig {
    String PID = "vn.motcua.dossier";

    @AttributeDefinition(name = "Giờ làm việc để tiếp nhận hồ sơ trực tuyến / Working hours to answer an online dossier",
        description = "Seeds 001 Art 11, 003 Art 16: 8")
    int intakeWorkingHours() default 8;

    @AttributeDefinition(name = "Kích thước tối đa dữ liệu biểu mẫu (ký tự) / Max e-form data (characters of JSON)")
    int maxFormDataChars() default 100_000;

    @AttributeDefinition(name = "Dung lượng tối đa một tệp đính kèm (MB) / Max size of one attachment (MB)",
        description = "Must not exceed maxRequestBytes of vn.motcua.rest.cfg")
    int maxAttachmentMegabytes() default 20;

    @AttributeDefinition(name = "Số tệp tối đa mỗi hồ sơ / Max files per dossier")
    int maxAttachments() default 100;

    @AttributeDefinition(name = "Ngày làm việc chờ bổ sung / Working days to supplement",
        description = "A dossier not supplemented within this many working days of the request is closed (status 8). "
            + "The 2025 rule set of the calendar fixes 15 for dossiers under it; this applies otherwise. 0: never")
    int supplementWaitWorkingDays() default 15;

    @AttributeDefinition(name = "Tự đóng hồ sơ quá hạn bổ sung / Close dossiers not supplemented in time",
        description = "Whether this node takes part in the job (one node runs it at a time)")
    boolean supplementExpiryEnabled() default true;

    @AttributeDefinition(name = "Chu kỳ kiểm tra (phút) / Check interval (minutes)")
    int supplementExpiryIntervalMinutes() default 10;

    @AttributeDefinition(name = "Địa chỉ tra cứu hồ sơ (mã QR) / Lookup link of the QR code",
        description = "{code} is replaced by the dossier code, e.g. https://dichvucong.bacgiang.gov.vn/tra-cuu/{code}")
    String lookupUrlTemplate() default "http://localhost:8181/api/v1/lookup/{code}";

    @AttributeDefinition(name = "Tên Bộ phận Một cửa trên phiếu / Counter named on notices",
        description = "Empty: the one-stop unit of the rules in force and the agency's name")
    String noticeCounterName() default "";

    @AttributeDefinition(name = "Địa danh trên phiếu / Place in the date line",
        description = "Empty: taken from the root of the agency tree (Ủy ban nhân dân tỉnh X → X)")
    String noticePlaceName() default "";

    @AttributeDefinition(name = "Thủ tục dịch vụ công tập trung toàn quốc / Centrally run nationwide procedures",
        description = "Procedure codes whose dossiers are numbered per Circular 04/2025 (from 25/01/2026): "
            + "<agency>-<YYMMDD>-<prefix><sequence>")
    String[] centralServiceProcedures() default {};

    @AttributeDefinition(name = "Tiền tố mã hồ sơ dịch vụ tập trung / Prefix of centrally run service codes",
        description = "Two letters or digits (AA) before the sequence")
    String centralServiceCodePrefix() default "";
}
