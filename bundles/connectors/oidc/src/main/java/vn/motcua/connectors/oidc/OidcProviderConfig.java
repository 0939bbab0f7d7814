package vn.motcua.connectors.oidc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One OpenID Connect provider: factory PID {@code vn.motcua.connectors.oidc}, one file per provider
 * ({@code etc/vn.motcua.connectors.oidc-vneid.cfg}, {@code …-dvcqg.cfg}). The client secret is a DS private property
 * (leading dot), so it never appears on a service registration.
 */
@ObjectClassDefinition(
    name = "MotCua – Đăng nhập OpenID Connect (VNeID, Cổng DVC quốc gia)",
    description = "Đăng nhập một lần qua nhà cung cấp định danh / Single sign-on through an OpenID Connect provider")
public @interface OidcProviderConfig {
    String FACTORY_PID = "vn.motcua.connectors.oidc";

    enum ClientAuth {
        /** {@code Authorization: Basic base64(client_id:client_secret)} (the OpenID Connect default) */
        CLIENT_SECRET_BASIC,
        /** client_id and client_secret in the form body */
        CLIENT_SECRET_POST
    }

    @AttributeDefinition(name = "Mã nhà cung cấp / Provider id",
        description = "In the URLs /auth/oidc/{provider}/…: 2–32 of a-z, 0-9, '-' (e.g. vneid, dvcqg)")
    String provider();

    @AttributeDefinition(name = "Tên hiển thị / Display name (vi)")
    String name() default "";

    @AttributeDefinition(name = "Display name (en)", required = false)
    String nameEn() default "";

    @AttributeDefinition(name = "Issuer", description = "https://… exactly as the provider's discovery document "
        + "states it; plain http only on this host (localhost)")
    String issuer();

    @AttributeDefinition(name = "Client ID")
    String clientId();

    /** Key {@code .clientSecret}. */
    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD)
    String _clientSecret() default "";

    @AttributeDefinition(name = "Xác thực client / Client authentication",
        description = "CLIENT_SECRET_BASIC or CLIENT_SECRET_POST")
    ClientAuth clientAuth() default ClientAuth.CLIENT_SECRET_BASIC;

    @AttributeDefinition(name = "Redirect URI",
        description = "This system's callback as registered at the provider: https://<portal>/api/v1/auth/oidc/"
            + "<provider>/callback")
    String redirectUri();

    @AttributeDefinition(name = "Scopes", description = "Space separated; openid is always sent")
    String scopes() default "openid profile";

    @AttributeDefinition(name = "acr_values", description = "Level of assurance to ask for (empty: none)",
        required = false)
    String acrValues() default "";

    @AttributeDefinition(name = "Claim số định danh / ID-number claim",
        description = "The claim carrying the citizen's 12-digit ID number")
    String idNumberClaim() default "sub";

    @AttributeDefinition(name = "Claim họ tên / Name claim")
    String nameClaim() default "name";

    @AttributeDefinition(name = "Claim email / Email claim")
    String emailClaim() default "email";

    @AttributeDefinition(name = "Claim điện thoại / Phone claim")
    String phoneClaim() default "phone_number";

    @AttributeDefinition(name = "Gọi UserInfo / Call the UserInfo endpoint",
        description = "true: claims missing from the ID token are taken from UserInfo (same subject only)")
    boolean userInfo() default false;

    @AttributeDefinition(name = "Địa chỉ trở về được phép / Allowed return URLs",
        description = "Space separated URL prefixes the browser may be sent back to after login (empty: the callback "
            + "answers with JSON, no redirect)", required = false)
    String allowedReturnUrls() default "";

    @AttributeDefinition(name = "Thời hạn đăng nhập (phút) / Minutes to finish a login")
    int requestMinutes() default 10;

    @AttributeDefinition(name = "Độ lệch đồng hồ (giây) / Clock skew tolerated (seconds)")
    int clockSkewSeconds() default 60;

    @AttributeDefinition(name = "Thời gian chờ HTTP (giây) / HTTP timeout to the provider (seconds)")
    int httpTimeoutSeconds() default 10;
}
