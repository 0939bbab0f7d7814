package vn.motcua.platform.rest;

import java.util.List;

import javax.ws.rs.ClientErrorException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;

/** One mapper per exception family, all producing the problem shape of {@link Problems}. */
final class ExceptionMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    static List<Object> all() {
        return List.of(new Domain(), new Web(), new Json(), new Unexpected());
    }

    /** Errors services raise on purpose. */
    static final class Domain implements ExceptionMapper<MotCuaException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(MotCuaException e) {
            List<FieldError> errors = e instanceof ValidationException v ? v.errors() : List.of();
            LOG.info("{} {}: {} {}", e.httpStatus(), e.code(), e.messageEn(), errors);
            return Problems.response(e.httpStatus(), e.code(), e.messageVi(), e.messageEn(), errors, headers, uri);
        }
    }

    /** Unparseable or ill-typed JSON bodies, with the JSON path of the offending field. */
    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return jsonProblem(e, headers, uri);
        }
    }

    /** JAX-RS's own failures: unknown path, wrong method or media type, bad parameter conversion. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException jpe) {
                return jsonProblem(jpe, headers, uri);
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return new Unexpected().failure(e);
            }
            Response problem;
            if (e instanceof NotFoundException) {
                problem = Problems.response(404, "no-such-resource", "Không có tài nguyên này trong API",
                    "No such resource in the API", List.of(), headers, uri);
            } else if (e instanceof NotAllowedException) {
                problem = Problems.response(405, "method-not-allowed", "Tài nguyên này không hỗ trợ phương thức đã dùng",
                    "This resource does not support the method used", List.of(), headers, uri);
                Object allow = e.getResponse().getHeaders().getFirst("Allow");
                if (allow != null) {
                    problem = Response.fromResponse(problem).header("Allow", allow).build();
                }
            } else if (e instanceof NotSupportedException) {
                problem = Problems.response(415, "unsupported-media-type", "Định dạng nội dung gửi lên không được hỗ trợ",
                    "The request's content type is not supported", List.of(), headers, uri);
            } else if (e instanceof NotAcceptableException) {
                problem = Problems.response(406, "not-acceptable", "Không trả được định dạng mà Accept yêu cầu",
                    "Cannot produce the representation Accept asks for", List.of(), headers, uri);
            } else if (status == 413) {
                problem = Problems.response(413, "payload-too-large", String.valueOf(e.getMessage()),
                    String.valueOf(e.getMessage()), List.of(), headers, uri);
            } else if (e instanceof ClientErrorException && e.getMessage() != null && e.getMessage().startsWith("param:")) {
                String field = e.getMessage().substring("param:".length());
                problem = Problems.response(400, "bad-parameter", "Tham số không hợp lệ: " + field,
                    "Invalid parameter: " + field, List.of(new FieldError(field, "bad-format", "Sai kiểu dữ liệu",
                        "wrong type")), headers, uri);
            } else {
                problem = Problems.response(status, "bad-request", "Yêu cầu không hợp lệ: " + e.getMessage(),
                    "Bad request: " + e.getMessage(), List.of(), headers, uri);
            }
            LOG.info("{} {}", status, e.toString());
            return problem;
        }
    }

    /** Everything else is our fault: log it whole, tell the client only the request id. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException wae && wae.getResponse() != null
                && wae.getResponse().getStatus() < 500) {
                Web web = new Web();
                web.headers = headers;
                web.uri = uri;
                return web.toResponse(wae);
            }
            return failure(e);
        }

        Response failure(Throwable e) {
            LOG.error("Unexpected failure while serving the request", e);
            return Problems.response(500, "internal-error",
                "Lỗi hệ thống; hãy báo cho quản trị viên mã yêu cầu (requestId)",
                "Internal error; report the requestId to the operators", List.of(), headers, uri);
        }
    }

    static Response jsonProblem(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        String field = "body";
        String code = "malformed-json";
        String vi = "JSON không đúng cú pháp";
        String en = "malformed JSON";
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            field = path(jme);
            if (e instanceof UnrecognizedPropertyException) {
                code = "unknown-field";
                vi = "Trường không được hỗ trợ";
                en = "unknown field";
            } else if (e instanceof InvalidFormatException ife) {
                code = "bad-format";
                vi = "Giá trị '" + ife.getValue() + "' sai kiểu hoặc không nằm trong danh sách cho phép";
                en = "value '" + ife.getValue() + "' has the wrong type or is not one of the allowed values";
            } else if (e instanceof MismatchedInputException) {
                code = "bad-type";
                vi = "Sai kiểu dữ liệu hoặc thiếu giá trị";
                en = "wrong type or missing value";
            } else {
                code = "bad-value";
                vi = "Giá trị không hợp lệ";
                en = "invalid value";
            }
        }
        String location = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr() + ")";
        LOG.info("400 {} at {}{}: {}", code, field, location, e.getOriginalMessage());
        return Problems.response(400, code, "Nội dung gửi lên không hợp lệ: " + field + " — " + vi + location,
            "Invalid request body: " + field + " — " + en + location,
            List.of(new FieldError(field, code, vi, en)), headers, uri);
    }

    /** Jackson's reference chain as a readable path: {@code procedures[3].fees[0].amount}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }
}
