package vn.motcua.connectors.oidc;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jwt.JWTClaimsSet;

import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.identity.api.ExternalSignInService;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * The login flow across providers: start (state, nonce, PKCE verifier stored; browser sent to the provider) and finish
 * (state used once, code exchanged, ID token validated, subject link checked, session from the identity bundle).
 */
@Component(service = OidcLogin.class)
public class OidcLogin {
    private static final Logger LOG = LoggerFactory.getLogger(OidcLogin.class);
    private static final int MAX_RETURN_TO = 2000;
    private static final int MAX_CODE = 2048;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    volatile List<OidcProvider> providers;

    @Reference
    LoginRequests requests;

    @Reference
    ExternalSignInService signIn;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /**
     * How a login ended: a session, or a refusal; {@code returnTo} is where the browser goes back to (null: answer in
     * JSON).
     */
    public record Completion(Session session, String returnTo, MotCuaException failure) {
    }

    List<ProviderInfo> providers() {
        return current().stream().map(p -> p.client().settings())
            .map(s -> new ProviderInfo(s.provider(), s.name(), s.nameEn()))
            .sorted(Comparator.comparing(ProviderInfo::id)).toList();
    }

    /** The provider's authorization URL for a new login; {@code returnTo} must be one of the allowed prefixes. */
    URI begin(String providerId, String returnTo, String clientAddress) {
        OidcClient client = client(providerId);
        String target = returnTo == null || returnTo.isBlank() ? null : returnTo.strip();
        if (target != null && (target.length() > MAX_RETURN_TO || !client.settings().allowsReturnTo(target))) {
            throw ValidationException.of("returnTo", "return-url-not-allowed",
                "Địa chỉ trở về không nằm trong danh sách được phép của hệ thống",
                "returnTo is not among the addresses this system may send the browser back to");
        }
        // discovery first: an unreachable provider fails before a row is written
        client.metadata();
        LoginRequests.Pending p = requests.begin(client.settings().provider(), target, clientAddress,
            client.settings().requestLifetime());
        return client.authorizationUri(p.state(), p.nonce(), p.codeVerifier());
    }

    /** Finishes a login at the provider's redirect; never throws once the login request is known. */
    Completion complete(String providerId, String code, String state, String error, String errorDescription,
                        String clientAddress) {
        OidcClient client = client(providerId);
        if (state == null || state.isBlank()) {
            throw ValidationException.of("state", "required", "Thiếu tham số state", "the state parameter is missing");
        }
        Optional<LoginRequests.Pending> found = requests.consume(state, client.settings().provider());
        if (found.isEmpty()) {
            audit(AuditRecord.denied("oidc.login", "provider", providerId, "unknown, used or expired state"));
            throw new UnauthorizedException("oidc-unknown-state",
                "Phiên đăng nhập không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại",
                "The login is unknown, already used or expired; please log in again");
        }
        LoginRequests.Pending pending = found.get();
        try {
            return new Completion(finish(client, pending, code, error, errorDescription, clientAddress),
                pending.returnTo(), null);
        } catch (MotCuaException e) {
            return new Completion(null, pending.returnTo(), e);
        }
    }

    private Session finish(OidcClient client, LoginRequests.Pending pending, String code, String error,
                           String errorDescription, String clientAddress) {
        ProviderSettings s = client.settings();
        if (error != null && !error.isBlank()) {
            String reason = abbreviate(error) + (errorDescription == null ? "" : ": " + abbreviate(errorDescription));
            audit(AuditRecord.failure("oidc.login", "provider", s.provider(), "provider answered " + reason));
            throw new UnauthorizedException("oidc-denied",
                "Đăng nhập qua " + s.name() + " không thành công (" + abbreviate(error) + ")",
                "Login through " + s.nameEn() + " did not succeed (" + abbreviate(error) + ")");
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            throw ValidationException.of("code", "required", "Thiếu hoặc sai mã xác thực (code) từ nhà cung cấp",
                "the provider's authorization code is missing or malformed");
        }
        try {
            OidcClient.Tokens tokens = client.exchange(code, pending.codeVerifier());
            JWTClaimsSet claims = client.validateIdToken(tokens.idToken(), pending.nonce());
            Map<String, Object> extra = s.userInfo() ? client.userInfo(tokens.accessToken(), claims.getSubject())
                : Map.of();
            ExternalIdentity person = client.identity(claims, extra);
            if (person.idNumber() != null && person.idNumber().matches("\\d{12}")) {
                requests.link(s.provider(), person.subject(), person.idNumber());
            }
            return signIn.signIn(person, clientAddress);
        } catch (MotCuaException e) {
            if (!(e instanceof ProviderException)) {
                audit(AuditRecord.failure("oidc.login", "provider", s.provider(), e.code() + ": " + e.getMessage()));
            }
            throw e;
        }
    }

    private OidcClient client(String providerId) {
        return current().stream().filter(p -> p.id().equals(providerId)).findFirst()
            .map(OidcProvider::client)
            .orElseThrow(() -> new NotFoundException("nhà cung cấp định danh", "Identity provider",
                String.valueOf(providerId)));
    }

    private List<OidcProvider> current() {
        List<OidcProvider> list = providers;
        return list == null ? List.of() : list;
    }

    private void audit(AuditRecord record) {
        AuditLog log = audit;
        if (log == null) {
            LOG.warn("Audit trail unavailable; not recorded: {}", record);
            return;
        }
        try {
            log.record(record);
        } catch (RuntimeException e) {
            LOG.error("Audit record failed ({}): {}", record, e.toString());
        }
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}]", " ").strip();
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }
}
