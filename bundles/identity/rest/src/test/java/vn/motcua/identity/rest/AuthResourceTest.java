package vn.motcua.identity.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

public class AuthResourceTest {
    private final Fakes.Applicants applicants = new Fakes.Applicants();
    private final Fakes.Authentication authentication = new Fakes.Authentication();
    private final AuthResource auth = new AuthResource();
    private final MeResource me = new MeResource();
    private final Fakes.Representatives representatives = new Fakes.Representatives();

    @Before
    public void wire() {
        auth.applicants = applicants;
        auth.authentication = authentication;
        me.authentication = authentication;
        me.representatives = representatives;
        CallerContext.set(Caller.anonymous("203.113.0.7"));
    }

    @After
    public void clear() {
        CallerContext.clear();
    }

    @Test
    public void registrationAnswers201WithThePendingVerification() {
        ApplicantRegistration r = new ApplicantRegistration(AccountKind.CITIZEN, "001099012345", null, "An",
            "an@example.vn", null, "Matkhau2025", VerificationChannel.EMAIL);
        Response response = auth.register(r);
        assertEquals(201, response.getStatus());
        assertEquals("v-1", ((PendingVerification) response.getEntity()).verificationId());
        assertEquals(List.of(r), applicants.calls);
        assertBody400(() -> auth.register(null));
    }

    @Test
    public void verifyAndResendPassTheVerification() {
        assertEquals("a-1", auth.verify(new VerifyRequest("v-1", "123456")).id());
        assertEquals(4, auth.resend("v-1").attemptsLeft());
        assertEquals(List.of("v-1:123456", "resend v-1"), applicants.calls);
        assertBody400(() -> auth.verify(null));
    }

    @Test
    public void loginUsesTheAddressTheFilterRecorded() {
        assertEquals("t-1", auth.login(new LoginRequest("001099012345", "Matkhau2025")).token());
        assertEquals(List.of("001099012345 from 203.113.0.7"), authentication.calls);
        assertBody400(() -> auth.login(null));
    }

    @Test
    public void logoutPasswordAndMeUseTheBearerToken() {
        auth.logout(Fakes.bearer("t-1"));
        assertEquals("t-2", auth.changePassword(new PasswordChange("a", "b"),
            Fakes.headers(Map.of("authorization", "bearer  t-1 "))).token());
        assertEquals("a-1", me.me(Fakes.bearer("t-1")).id());
        assertEquals(List.of("logout t-1", "password t-1 from 203.113.0.7", "me t-1"), authentication.calls);
        assertBody400(() -> auth.changePassword(null, Fakes.bearer("t-1")));
    }

    @Test
    public void actAsPassesTheOrganisationTheTokenAndTheAddress() {
        assertEquals("o-1", auth.actAs("0101234567", Fakes.bearer("t-1")).account().id());
        assertEquals(List.of("act-as 0101234567 with t-1 from 203.113.0.7"), authentication.calls);
        assertThrows(UnauthorizedException.class, () -> auth.actAs("0101234567", null));
    }

    @Test
    public void representativesAreListedAddedWith201AndRemoved() {
        assertEquals("r-1", me.representatives().get(0).id());
        RepresentativeInput input = new RepresentativeInput("001099012345", Representative.Capacity.AUTHORISED,
            null, LocalDate.of(2026, 12, 31), "Giấy ủy quyền số 12/UQ");
        Response created = me.addRepresentative(input);
        assertEquals(201, created.getStatus());
        assertEquals("me/representatives/r%2F2", created.getLocation().toString());
        me.removeRepresentative("r-1");
        assertEquals("r-1", me.organisations().get(0).id());
        assertEquals(List.of("list", input, "remove r-1", "organisations"), representatives.calls);
        assertBody400(() -> me.addRepresentative(null));
    }

    @Test
    public void aMissingOrOtherAuthorizationIs401() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Basic YTpi"),
            Map.of("Authorization", "Bearer"), Map.of("Authorization", "Bearer "))) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class,
                () -> auth.logout(Fakes.headers(headers)));
            assertEquals("invalid-token", e.code());
            assertEquals(401, e.httpStatus());
        }
        assertThrows(UnauthorizedException.class, () -> me.me(null));
        assertEquals(List.of(), authentication.calls);
    }

    static void assertBody400(Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals("body", e.errors().get(0).field());
    }
}
