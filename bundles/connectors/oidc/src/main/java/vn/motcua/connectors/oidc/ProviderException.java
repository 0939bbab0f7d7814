package vn.motcua.connectors.oidc;

import vn.motcua.platform.api.error.MotCuaException;

/**
 * The identity provider could not be used: unreachable, or it answered something that is not OpenID Connect (HTTP 502).
 * The citizen's request was fine; nothing was stored; trying again later may work.
 */
final class ProviderException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    ProviderException(String providerName, String detailEn) {
        super("identity-provider-unavailable",
            "Không kết nối được với nhà cung cấp định danh " + providerName + "; vui lòng thử lại sau",
            "The identity provider " + providerName + " cannot be used now (" + detailEn + "); please try again later");
    }

    @Override
    public int httpStatus() {
        return 502;
    }
}
