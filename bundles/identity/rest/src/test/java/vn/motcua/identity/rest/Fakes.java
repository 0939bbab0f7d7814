package vn.motcua.identity.rest;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.ApplicantAccountService;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.AuthenticationService;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.OrganisationRepresentativeService;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.StaffAccountService;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/** Service fakes that record what the resources hand them: the services' own rules are tested in the impl bundle. */
final class Fakes {
    static final Instant T = Instant.parse("2025-07-01T01:00:00Z");

    private Fakes() {
    }

    static Account account(String id, AccountKind kind) {
        return new Account(id, kind, kind == AccountKind.STAFF ? "chuyen.vien" : "001099012345", "Nguyễn Văn An", null,
            null, AccountStatus.ACTIVE, Set.of(kind == AccountKind.STAFF ? Role.SPECIALIST : Role.APPLICANT),
            null, false, T, null);
    }

    /** Request headers with one value per name. */
    static HttpHeaders headers(Map<String, String> values) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getHeaderString")) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        if (e.getKey().equalsIgnoreCase((String) args[0])) {
                            return e.getValue();
                        }
                    }
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    }

    static HttpHeaders bearer(String token) {
        return headers(Map.of("Authorization", "Bearer " + token));
    }

    static final class Applicants implements ApplicantAccountService {
        final List<Object> calls = new ArrayList<>();

        @Override
        public PendingVerification register(ApplicantRegistration registration) {
            calls.add(registration);
            return new PendingVerification("v-1", "a-1", registration.channel(), "an***@example.vn",
                T.plusSeconds(600), 5);
        }

        @Override
        public Account verify(String verificationId, String code) {
            calls.add(verificationId + ":" + code);
            return account("a-1", AccountKind.CITIZEN);
        }

        @Override
        public PendingVerification resend(String verificationId) {
            calls.add("resend " + verificationId);
            return new PendingVerification(verificationId, "a-1", VerificationChannel.SMS, "+8491****678",
                T.plusSeconds(600), 4);
        }
    }

    static final class Authentication implements AuthenticationService {
        final List<Object> calls = new ArrayList<>();

        @Override
        public Session login(LoginRequest request, String clientAddress) {
            calls.add(request.login() + " from " + clientAddress);
            return new Session("t-1", "Bearer", T.plusSeconds(3600), account("a-1", AccountKind.CITIZEN));
        }

        @Override
        public void logout(String token) {
            calls.add("logout " + token);
        }

        @Override
        public Session changePassword(String token, PasswordChange change, String clientAddress) {
            calls.add("password " + token + " from " + clientAddress);
            return new Session("t-2", "Bearer", T.plusSeconds(3600), account("a-1", AccountKind.CITIZEN));
        }

        @Override
        public Account me(String token) {
            calls.add("me " + token);
            return account("a-1", AccountKind.CITIZEN);
        }

        @Override
        public Session actAs(String token, String organisation, String clientAddress) {
            calls.add("act-as " + organisation + " with " + token + " from " + clientAddress);
            return new Session("t-3", "Bearer", T.plusSeconds(3600), account("o-1", AccountKind.ORGANISATION));
        }

        @Override
        public Caller authenticate(String bearerToken, String clientAddress) {
            throw new UnsupportedOperationException("the REST filter's business");
        }
    }

    static final class Staff implements StaffAccountService {
        final List<Object> calls = new ArrayList<>();

        @Override
        public StaffCreated create(StaffInput input) {
            calls.add(input);
            return new StaffCreated(account("s/1 ", AccountKind.STAFF), "Tam7thoi8MatKhau");
        }

        @Override
        public Account get(String accountId) {
            calls.add("get " + accountId);
            return account(accountId, AccountKind.STAFF);
        }

        @Override
        public List<Account> list(String agencyCode) {
            calls.add("list " + agencyCode);
            return List.of(account("s-1", AccountKind.STAFF));
        }

        @Override
        public Account move(String accountId, Position position) {
            calls.add("move " + accountId + " to " + position.agencyCode());
            return account(accountId, AccountKind.STAFF);
        }

        @Override
        public Account lock(String accountId, String reason, Instant until) {
            calls.add("lock " + accountId + ": " + reason + (until == null ? "" : " until " + until));
            return account(accountId, AccountKind.STAFF);
        }

        @Override
        public Account unlock(String accountId) {
            calls.add("unlock " + accountId);
            return account(accountId, AccountKind.STAFF);
        }

        @Override
        public StaffCreated resetPassword(String accountId) {
            calls.add("reset " + accountId);
            return new StaffCreated(account(accountId, AccountKind.STAFF), "Tam7thoi8MatKhau");
        }
    }

    static final class Representatives implements OrganisationRepresentativeService {
        final List<Object> calls = new ArrayList<>();

        static Representative representative(String id) {
            return new Representative(id, "o-1", "0101234567", "Công ty TNHH An Bình", "a-1", "001099012345",
                "Nguyễn Văn An", Representative.Capacity.AUTHORISED, null, null, "Giấy ủy quyền số 12/UQ", T);
        }

        @Override
        public List<Representative> list() {
            calls.add("list");
            return List.of(representative("r-1"));
        }

        @Override
        public Representative add(RepresentativeInput input) {
            calls.add(input);
            return representative("r/2");
        }

        @Override
        public void remove(String representativeId) {
            calls.add("remove " + representativeId);
        }

        @Override
        public List<Representative> organisations() {
            calls.add("organisations");
            return List.of(representative("r-1"));
        }
    }
}
