package vn.motcua.identity.impl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.UnauthorizedException;

/**
 * The identity failures a client must tell apart, each with a stable code. Wrong credentials have one message for an
 * unknown login and for a wrong password, so that the answer does not reveal which accounts exist.
 */
final class Errors {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Errors() {
    }

    static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("invalid-credentials", "Tên đăng nhập hoặc mật khẩu không đúng",
            "Wrong login or password");
    }

    static UnauthorizedException loginLocked(Instant until) {
        String vi = VI_TIME.format(until.atZone(VIETNAM));
        String en = EN_TIME.format(until.atZone(VIETNAM));
        return new UnauthorizedException("login-locked",
            "Đăng nhập sai nhiều lần nên tạm bị khóa đến " + vi + " (giờ Việt Nam)",
            "Too many failed logins; login is locked until " + en + " (Vietnam time)");
    }

    static UnauthorizedException notVerified() {
        return new UnauthorizedException("not-verified",
            "Tài khoản chưa được xác thực; hãy nhập mã đã gửi đến thư điện tử hoặc điện thoại",
            "The account is not verified yet; enter the code that was sent to your email or phone");
    }

    /** @param until the end of a timed lock, or null for a lock until lifted */
    static UnauthorizedException accountLocked(Instant until) {
        if (until != null) {
            return new UnauthorizedException("account-locked",
                "Tài khoản bị khóa đến " + VI_TIME.format(until.atZone(VIETNAM)) + " (giờ Việt Nam); hãy liên hệ "
                    + "quản trị của cơ quan",
                "The account is locked until " + EN_TIME.format(until.atZone(VIETNAM)) + " (Vietnam time); "
                    + "contact your administrator");
        }
        return new UnauthorizedException("account-locked",
            "Tài khoản đã bị khóa; hãy liên hệ quản trị của cơ quan",
            "The account is locked; contact your administrator");
    }

    static UnauthorizedException accountDisabled() {
        return new UnauthorizedException("account-disabled", "Tài khoản đã ngừng sử dụng", "The account is disabled");
    }

    static UnauthorizedException invalidToken() {
        return new UnauthorizedException("invalid-token", "Phiên đăng nhập không hợp lệ; hãy đăng nhập lại",
            "Invalid session token; log in again");
    }

    static UnauthorizedException expiredToken() {
        return new UnauthorizedException("expired-token", "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại",
            "The session has expired; log in again");
    }

    static UnauthorizedException revokedToken() {
        return new UnauthorizedException("revoked-token",
            "Phiên đăng nhập đã kết thúc (đăng xuất, đổi mật khẩu hoặc tài khoản bị khóa); hãy đăng nhập lại",
            "The session was ended (logout, password change or account locked); log in again");
    }

    static ConflictException loginTaken(String whatVi, String whatEn, String login) {
        return new ConflictException("duplicate-login", whatVi + " '" + login + "' đã được đăng ký",
            whatEn + " '" + login + "' is already registered");
    }

    static ForbiddenException notStaffManager() {
        return new ForbiddenException("forbidden", "Chỉ quản trị cơ quan hoặc quản trị hệ thống tỉnh được quản lý "
            + "tài khoản cán bộ", "Only agency administrators and provincial operators manage staff accounts");
    }

    static ForbiddenException roleNotGrantable(String role) {
        return new ForbiddenException("role-not-grantable",
            "Quản trị cơ quan không được cấp hoặc quản lý vai trò " + role,
            "An agency administrator cannot grant or manage the role " + role);
    }

    static ForbiddenException selfManagement() {
        return new ForbiddenException("own-account",
            "Không được khóa, chuyển vị trí hay cấp lại mật khẩu cho chính mình",
            "You cannot lock, move or reset your own account");
    }

    static ForbiddenException notRepresentative() {
        return new ForbiddenException("not-representative",
            "Bạn không phải người đại diện hoặc người được ủy quyền của tổ chức này "
                + "(hoặc ủy quyền chưa có hoặc đã hết hiệu lực)",
            "You are not a representative of this organisation (or the authorisation is not in force today)");
    }

    static ForbiddenException actingSession() {
        return new ForbiddenException("acting-session",
            "Phiên thay mặt tổ chức không được đổi mật khẩu của tổ chức; tổ chức tự đổi bằng tài khoản của mình",
            "A session acting for an organisation cannot change its password; the organisation does that itself");
    }

    static ForbiddenException organisationOnly() {
        return new ForbiddenException("organisation-only",
            "Chỉ tài khoản tổ chức (đăng nhập bằng mã số thuế) quản lý người được ủy quyền của mình",
            "Only an organisation account, logged in with its tax code, manages its authorised people");
    }
}
