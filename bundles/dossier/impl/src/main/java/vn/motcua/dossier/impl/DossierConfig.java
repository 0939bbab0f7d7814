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
}
