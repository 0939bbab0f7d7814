package vn.motcua.storage.fs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code vn.motcua.storage.fs} (etc/vn.motcua.storage.fs.cfg). */
@ObjectClassDefinition(name = "MotCua – Lưu trữ tệp trên hệ thống tệp / File-system blob store",
    description = "Tệp đính kèm của hồ sơ / Dossier attachments, content-addressed by SHA-256")
public @interface FsStoreConfig {

    @AttributeDefinition(name = "Thư mục gốc / Root directory",
        description = "Every node of a cluster must use the same directory (a shared mount such as NFS). Empty:"
            + " ${karaf.data}/motcua/blobs", required = false)
    String root() default "";

    @AttributeDefinition(name = "Dung lượng trống tối thiểu (MB) / Minimum free space (MB)", min = "0",
        description = "Below this, uploads are refused (HTTP 503) and health is DOWN, so that the disk never fills up"
            + " under the database or the logs")
    int minFreeMegabytes() default 1024;

    @AttributeDefinition(name = "Ngưỡng cảnh báo (MB) / Warning threshold (MB)", min = "0",
        description = "Below this, health is DEGRADED: time to add space")
    int warnFreeMegabytes() default 10240;

    @AttributeDefinition(name = "Thời gian giữ khi xoá (phút) / Deletion grace period (minutes)", min = "0",
        description = "A blob put (stored or uploaded again) more recently is not deleted: another upload of the same"
            + " bytes may be about to commit a reference to it")
    int deleteGraceMinutes() default 60;

    @AttributeDefinition(name = "Tuổi tệp tạm bị dọn (phút) / Age of abandoned temporary files (minutes)", min = "1",
        description = "Temporary files of uploads cut off by a crash are removed once untouched this long")
    int staleTempMinutes() default 60;
}
