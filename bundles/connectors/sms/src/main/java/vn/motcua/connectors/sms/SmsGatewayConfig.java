package vn.motcua.connectors.sms;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@code vn.motcua.connectors.sms} (etc/vn.motcua.connectors.sms.cfg). Field names, auth and the
 * success rule are configurable because every Vietnamese brandname gateway (VNPT, Viettel, FPT, eSMS, …) names them
 * differently. Secrets are DS private properties (leading dot), so they never appear on the service registration.
 */
@ObjectClassDefinition(name = "MotCua – Kết nối SMS (cổng SMS brandname qua HTTP)",
    description = "Gửi SMS (mã xác minh, thông báo) qua cổng SMS brandname / SMS gateway connector over HTTP(S)")
public @interface SmsGatewayConfig {

    enum Auth {
        /** No Authorization header (the gateway takes its key in the body, see {@code .secretFields}). */
        NONE,
        /** {@code Authorization: Bearer <.token>} */
        BEARER,
        /** {@code Authorization: Basic base64(username:.password)} */
        BASIC
    }

    enum Format {
        /** {@code application/json; charset=UTF-8} */
        JSON,
        /** {@code application/x-www-form-urlencoded; charset=UTF-8} */
        FORM
    }

    @AttributeDefinition(name = "Địa chỉ cổng SMS / Gateway endpoint URL",
        description = "https://…; plain http only for a gateway relay on this host (localhost)")
    String endpoint() default "";

    @AttributeDefinition(name = "Xác thực / Authentication", description = "NONE, BEARER or BASIC")
    Auth auth() default Auth.NONE;

    /** Key {@code .token}. */
    @AttributeDefinition(name = "Token (BEARER)", type = AttributeType.PASSWORD, required = false)
    String _token() default "";

    @AttributeDefinition(name = "Tài khoản / Username (BASIC)", required = false)
    String username() default "";

    /** Key {@code .password}. */
    @AttributeDefinition(name = "Mật khẩu / Password (BASIC)", type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(name = "Tên thương hiệu / Brandname (sender id)",
        description = "Registered brandname; empty: the field is not sent", required = false)
    String brandname() default "";

    @AttributeDefinition(name = "Định dạng yêu cầu / Request format", description = "JSON or FORM")
    Format format() default Format.JSON;

    @AttributeDefinition(name = "Trường số điện thoại / Phone field")
    String phoneField() default "to";

    @AttributeDefinition(name = "Trường nội dung / Text field")
    String textField() default "text";

    @AttributeDefinition(name = "Trường brandname / Brandname field", required = false)
    String brandnameField() default "from";

    @AttributeDefinition(name = "Trường cố định / Extra fields",
        description = "JSON object added to every request, e.g. {\"type\": 2}", required = false)
    String extraFields() default "";

    /** Key {@code .secretFields}. */
    @AttributeDefinition(name = "Trường bí mật / Secret fields", type = AttributeType.PASSWORD,
        description = "JSON object added to every request, for keys the gateway wants in the body, e.g."
            + " {\"ApiKey\": \"…\", \"SecretKey\": \"…\"}", required = false)
    String _secretFields() default "";

    @AttributeDefinition(name = "Trường kết quả / Success field",
        description = "Dotted path of a JSON answer field that must equal successValue; empty: HTTP 2xx is success",
        required = false)
    String successField() default "";

    @AttributeDefinition(name = "Giá trị thành công / Success value", required = false)
    String successValue() default "0";

    @AttributeDefinition(name = "Trường thông báo lỗi / Message field",
        description = "Dotted path of the gateway's explanation, quoted in errors", required = false)
    String messageField() default "message";

    @AttributeDefinition(name = "Bỏ dấu tiếng Việt / Unaccented text",
        description = "true: send 'Ma xac minh' instead of 'Mã xác minh' (160 instead of 70 characters per part)")
    boolean unaccented() default true;

    @AttributeDefinition(name = "Thời gian chờ kết nối (ms) / Connect timeout (ms)", min = "1")
    int connectTimeout() default 5_000;

    @AttributeDefinition(name = "Thời gian chờ trả lời (ms) / Request timeout (ms)", min = "1")
    int requestTimeout() default 15_000;
}
