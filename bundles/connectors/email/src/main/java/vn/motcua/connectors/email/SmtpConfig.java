package vn.motcua.connectors.email;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@code vn.motcua.connectors.email} (etc/vn.motcua.connectors.email.cfg). Hosts and secrets are
 * meant to come from the environment through etc/custom.system.properties, never written into the file itself.
 */
@ObjectClassDefinition(name = "MotCua – Kết nối email (SMTP)",
    description = "Gửi email (mã xác minh, thông báo) qua máy chủ SMTP / Email connector over SMTP")
public @interface SmtpConfig {

    /** How STARTTLS is used on a plain connection ({@link #ssl()} = false). */
    enum StartTls {
        /** Upgrade with STARTTLS or fail: credentials and codes never cross the network in clear. */
        REQUIRED,
        /** Upgrade when the server offers STARTTLS, else continue in clear (only for relays on a trusted network). */
        OPTIONAL,
        /** Never upgrade (local relay on the same host or network). */
        NONE
    }

    @AttributeDefinition(name = "Máy chủ SMTP / SMTP host")
    String host() default "localhost";

    @AttributeDefinition(name = "Cổng / Port", min = "1", max = "65535",
        description = "587 submission + STARTTLS, 465 SMTPS (ssl=true), 25 relay")
    int port() default 587;

    @AttributeDefinition(name = "Tài khoản / Username", description = "Empty: no SMTP authentication", required = false)
    String username() default "";

    /** Key {@code .password}: the leading dot keeps it off the service registration (DS private property). */
    @AttributeDefinition(name = "Mật khẩu / Password", type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(name = "Địa chỉ gửi / From address", description = "Also the envelope sender (MAIL FROM)")
    String fromAddress() default "";

    @AttributeDefinition(name = "Tên người gửi / From display name")
    String fromName() default "Hệ thống một cửa điện tử";

    @AttributeDefinition(name = "STARTTLS", description = "REQUIRED, OPTIONAL or NONE; ignored when ssl=true")
    StartTls starttls() default StartTls.REQUIRED;

    @AttributeDefinition(name = "SSL/TLS ngay khi kết nối / Implicit TLS (SMTPS, port 465)")
    boolean ssl() default false;

    @AttributeDefinition(name = "Tin cậy chứng chỉ của máy chủ / Trusted hosts",
        description = "Hosts (space separated, or *) whose certificate is accepted WITHOUT verification, for an"
            + " internal relay with a self-signed certificate. Empty: full verification including the host name.",
        required = false)
    String sslTrust() default "";

    @AttributeDefinition(name = "Thời gian chờ kết nối (ms) / Connection timeout (ms)", min = "1")
    int connectionTimeout() default 10_000;

    @AttributeDefinition(name = "Thời gian chờ trả lời (ms) / Read and write timeout (ms)", min = "1")
    int readTimeout() default 30_000;
}
