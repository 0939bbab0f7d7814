package vn.motcua.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.slf4j.MDC;

import vn.motcua.platform.api.error.FieldError;

/**
 * Builds the single error shape of the API: RFC 7807 {@code application/problem+json}, with a stable {@code code}, the
 * request id and, for input errors, every offending field. Vietnamese unless the client asks for English.
 */
public final class Problems {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final String TYPE_PREFIX = "urn:motcua:problem:";

    private Problems() {
    }

    public static boolean english(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        try {
            List<Locale> languages = headers.getAcceptableLanguages();
            for (Locale l : languages) {
                String lang = l.getLanguage().toLowerCase(Locale.ROOT);
                if (lang.equals("vi")) {
                    return false;
                }
                if (lang.equals("en")) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            // A malformed Accept-Language header must not turn an error report into another error.
        }
        return false;
    }

    public static Response response(int status, String code, String detailVi, String detailEn, List<FieldError> errors,
                                    HttpHeaders headers, UriInfo uri) {
        boolean en = english(headers);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code);
        body.put("title", title(status, en));
        body.put("status", status);
        body.put("detail", en ? detailEn : detailVi);
        if (uri != null) {
            try {
                body.put("instance", uri.getRequestUri().getRawPath());
            } catch (RuntimeException ignored) {
                // no request in context
            }
        }
        body.put("code", code);
        String requestId = MDC.get(RequestContextFilter.MDC_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (FieldError e : errors) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("field", e.field());
                item.put("code", e.code());
                item.put("message", en ? e.messageEn() : e.messageVi());
                list.add(item);
            }
            body.put("errors", list);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body)
            .header(HttpHeaders.CONTENT_LANGUAGE, en ? "en" : "vi").build();
    }

    static String title(int status, boolean en) {
        return switch (status) {
            case 400 -> en ? "Bad request" : "Yêu cầu không hợp lệ";
            case 401 -> en ? "Authentication required" : "Cần đăng nhập";
            case 403 -> en ? "Forbidden" : "Không có quyền";
            case 404 -> en ? "Not found" : "Không tìm thấy";
            case 405 -> en ? "Method not allowed" : "Phương thức không được hỗ trợ";
            case 406 -> en ? "Not acceptable" : "Không đáp ứng được định dạng yêu cầu";
            case 409 -> en ? "Conflict" : "Xung đột dữ liệu";
            case 413 -> en ? "Payload too large" : "Dữ liệu gửi lên quá lớn";
            case 415 -> en ? "Unsupported media type" : "Định dạng dữ liệu không được hỗ trợ";
            case 503 -> en ? "Service unavailable" : "Dịch vụ tạm thời không sẵn sàng";
            default -> status >= 500 ? (en ? "Internal error" : "Lỗi hệ thống") : (en ? "Request failed" : "Yêu cầu thất bại");
        };
    }
}
