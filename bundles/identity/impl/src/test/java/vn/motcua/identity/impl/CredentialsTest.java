package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.security.Role;

/** Password hashing and policy, one-time codes, login and contact formats: plain functions, no database. */
public class CredentialsTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    public void hashesAreSaltedSelfDescribingAndVerifiedInConstantTime() {
        PasswordHasher hasher = new PasswordHasher(1000, random);
        String a = hasher.hash("Matkhau2025");
        String b = hasher.hash("Matkhau2025");
        assertNotEquals("a random salt per hash", a, b);
        assertTrue(a, a.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"));
        assertTrue(hasher.verify("Matkhau2025", a));
        assertFalse(hasher.verify("Matkhau2026", a));
        assertFalse(hasher.verify("Matkhau2025", "md5$abc"));
        assertFalse(hasher.verify("Matkhau2025", "pbkdf2-sha256$999999999$AAAA$AAAA"));
        assertFalse(hasher.verify("Matkhau2025", null));
        assertFalse(hasher.verifyAgainstNothing("Matkhau2025"));

        assertFalse(hasher.needsRehash(a));
        PasswordHasher stronger = new PasswordHasher(2000, random);
        assertTrue(stronger.needsRehash(a));
        assertTrue("a stronger configuration still verifies older hashes", stronger.verify("Matkhau2025", a));
        assertTrue(stronger.needsRehash("unknown$format"));
        assertEquals(210_000, new PasswordHasher(210_000, random).iterations());
    }

    @Test
    public void thePasswordPolicy() {
        assertTrue(policy("Matkhau2025", "001099012345").isEmpty());
        assertTrue("Vietnamese letters count as letters", policy("Mậtkhẩu2025", "an").isEmpty());
        assertEquals(List.of("too-short"), policy("Ab345678", null));
        assertEquals(List.of("too-weak"), policy("chichuthoi", null));
        assertEquals(List.of("too-weak"), policy("1234567890", null));
        assertEquals(List.of("contains-login"), policy("Xnguyen.an2025", "Nguyen.An"));
        assertEquals(List.of("too-long"), policy("a1".repeat(65), null));
        assertEquals(List.of("required"), policy("", null));
    }

    private static List<String> policy(String password, String login) {
        Checks c = new Checks();
        Passwords.checkNew(c, "password", password, login);
        return c.errors().stream().map(FieldError::code).toList();
    }

    @Test
    public void temporaryPasswordsAreLongRandomAndPassThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String t = Passwords.temporary(random, "abc");
            assertEquals(16, t.length());
            assertTrue(t, policy(t, "abc").isEmpty());
            assertFalse(t, t.matches(".*[0O1lI].*"));
            seen.add(t);
        }
        assertEquals(200, seen.size());
    }

    @Test
    public void oneTimeCodes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = OneTimeCodes.newCode(random);
            assertTrue(code, OneTimeCodes.FORMAT.matcher(code).matches());
            codes.add(code);
        }
        assertTrue(codes.size() > 450);
        String salt = OneTimeCodes.newSalt(random);
        String hash = OneTimeCodes.hash(salt, "v1", "012345");
        assertTrue(OneTimeCodes.matches(hash, salt, "v1", "012345"));
        assertFalse(OneTimeCodes.matches(hash, salt, "v1", "012346"));
        assertFalse("bound to its verification", OneTimeCodes.matches(hash, salt, "v2", "012345"));
        assertFalse(OneTimeCodes.matches("not base64!", salt, "v1", "012345"));
    }

    @Test
    public void loginsTellTheirKind() {
        assertEquals(AccountKind.CITIZEN, Logins.kindOf("001099012345"));
        assertEquals(AccountKind.ORGANISATION, Logins.kindOf("0101234567"));
        assertEquals(AccountKind.ORGANISATION, Logins.kindOf("0101234567-001"));
        assertEquals(AccountKind.STAFF, Logins.kindOf("nguyen.an"));
        assertEquals(AccountKind.STAFF, Logins.kindOf("00109901234"));
        assertEquals("0101234567-001", Logins.normalise(" 0101234567001 "));
        assertEquals("nguyen.an", Logins.normalise("Nguyen.An"));
        assertNull(Logins.normalise(null));
        Checks c = new Checks();
        assertFalse(Logins.checkUsername(c, "username", "1abc"));
        assertFalse(Logins.checkUsername(c, "username", "ab"));
        assertFalse(Logins.checkUsername(c, "username", "nguyễn"));
        assertTrue(Logins.checkUsername(c, "username", "nguyen_van-an.2"));
        assertFalse(Logins.checkTaxCode(c, "taxCode", "0101234567-01"));
        assertFalse(Logins.checkCitizenId(c, "idNumber", "0010990123456"));
    }

    @Test
    public void vietnamesePhoneNumbersAreNormalised() {
        for (String raw : List.of("0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "+84912345678",
            "84912345678", "0084912345678", "(091) 234-5678")) {
            assertEquals(raw, "+84912345678", Logins.normalisePhone(raw));
        }
        assertEquals("+842438251234", Logins.normalisePhone("024 3825 1234"));
        assertEquals("12345", Logins.normalisePhone("12345"));
        assertNull(Logins.normalisePhone("  "));
        Checks c = new Checks();
        assertTrue(Logins.checkPhone(c, "phone", "+84912345678", true));
        assertTrue(Logins.checkPhone(c, "phone", "+84387654321", true));
        assertTrue(Logins.checkPhone(c, "phone", "+842438251234", false));
        assertFalse(Logins.checkPhone(c, "phone", "+842438251234", true));
        assertFalse(Logins.checkPhone(c, "phone", "12345", false));
        assertEquals(List.of("not-mobile", "bad-format"), c.errors().stream().map(FieldError::code).toList());
    }

    @Test
    public void emailsAreCheckedAndLowerCased() {
        assertEquals("an.nguyen@bacninh.gov.vn", Logins.normaliseEmail(" An.Nguyen@BacNinh.gov.vn "));
        Checks c = new Checks();
        assertTrue(Logins.checkEmail(c, "email", "an.nguyen+dvc@bacninh.gov.vn"));
        assertTrue(Logins.checkEmail(c, "email", null));
        for (String bad : List.of("an@", "@bacninh.gov.vn", "an@bacninh", "an..b@x.vn", "an@-x.vn", "an b@x.vn",
            "an@x.vn.", "a".repeat(65) + "@x.vn")) {
            assertFalse(bad, Logins.checkEmail(new Checks(), "email", bad));
        }
        assertEquals("an***@example.vn", Logins.mask("an.nguyen@example.vn"));
        assertEquals("a***@x.vn", Logins.mask("ab@x.vn"));
        assertEquals("+8491****678", Logins.mask("+84912345678"));
    }

    @Test
    public void rolesAndCodesAreStoredAsDelimitedSets() {
        assertEquals(",", Support.joinCodes(Set.of()));
        assertEquals(",A,B,", Support.joinCodes(List.of("B", "A")));
        assertEquals(Set.of("A", "B"), Support.splitCodes(",A,B,"));
        assertEquals(",AGENCY_ADMIN,SPECIALIST,", Support.joinRoles(Set.of(Role.SPECIALIST, Role.AGENCY_ADMIN)));
        assertEquals(Set.of(Role.SPECIALIST), Support.splitRoles(",SPECIALIST,RETIRED_ROLE,"));
    }
}
