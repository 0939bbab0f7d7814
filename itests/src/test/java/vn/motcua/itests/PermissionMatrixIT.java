package vn.motcua.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.platform.api.security.Role;

/**
 * Walks every operation of the published OpenAPI document as every role and anonymously, and checks each answer
 * against the declared table {@code permissions.tsv}: allowed callers are never turned away for their role, others
 * always are (401 anonymous, 403 otherwise). An operation without a declared rule fails the test, and so does a code
 * change that removes or widens a rule.
 */
public class PermissionMatrixIT extends MotCuaTestSupport {
    /** Problem codes that mean "turned away because of who you are", as opposed to bad input or data scope. */
    private static final Set<String> ROLE_DENIALS = Set.of("authentication-required", "forbidden-role", "no-access-rule");
    /** Operations that end or change the caller's session: they get a session of their own. */
    private static final Set<String> SESSION_ENDING = Set.of("POST /auth/logout", "POST /auth/password");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Test
    @Clauses({"000-12.1", "002-10.1#1", "003-6.1"})
    public void everyOperationAnswersEveryRoleAsDeclared() throws Exception {
        awaitApi();
        Map<String, String> declared = declaredRules();
        JsonNode doc = get("/openapi.json").expect(200).json();
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    operations.put(m.getKey().toUpperCase() + " " + path.getKey(), m.getValue());
                }
            }
        }
        TreeSet<String> undeclared = new TreeSet<>(operations.keySet());
        undeclared.removeAll(declared.keySet());
        TreeSet<String> stale = new TreeSet<>(declared.keySet());
        stale.removeAll(operations.keySet());
        assertTrue("operations without a declared rule in permissions.tsv: " + undeclared, undeclared.isEmpty());
        assertTrue("rules in permissions.tsv for operations that do not exist: " + stale, stale.isEmpty());

        String operator = operatorToken();
        String agency = rootAgency;
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            tokens.put(role, role == Role.APPLICANT ? applicantToken() : staffToken(agency, role));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations.entrySet()) {
            String rule = declared.get(op.getKey());
            check(wrong, op.getKey(), op.getValue(), null, rule);
            for (Role role : Role.values()) {
                String callerToken = SESSION_ENDING.contains(op.getKey())
                    ? (role == Role.APPLICANT ? applicantToken() : staffToken(agency, role)) : tokens.get(role);
                check(wrong, op.getKey(), op.getValue(), new Object[] {role, callerToken}, rule);
            }
        }
        token = operator;
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from permissions.tsv:\n  " + String.join("\n  ", wrong));
        }
    }

    private void check(List<String> wrong, String operation, JsonNode spec, Object[] who, String rule) {
        Role role = who == null ? null : (Role) who[0];
        token = who == null ? null : (String) who[1];
        boolean allowed = rule.equals("ANONYMOUS") || (role != null && (rule.equals("AUTHENTICATED")
            || List.of(rule.split(",")).contains(role.name())));
        Reply reply = call(operation, spec);
        String code = problemCode(reply);
        boolean turnedAway = code != null && ROLE_DENIALS.contains(code);
        String who0 = role == null ? "anonymous" : role.name();
        if (allowed && turnedAway) {
            wrong.add(operation + " as " + who0 + ": expected allowed, got " + reply.status() + " " + code);
        } else if (!allowed) {
            int expected = role == null ? 401 : 403;
            if (!turnedAway || reply.status() != expected) {
                wrong.add(operation + " as " + who0 + ": expected " + expected + " (role), got " + reply.status()
                    + " " + code);
            }
        }
    }

    /** Calls the operation with placeholder path values and a minimal body of the declared media type. */
    private Reply call(String operation, JsonNode spec) {
        String method = operation.substring(0, operation.indexOf(' '));
        Matcher m = VARIABLE.matcher(operation.substring(operation.indexOf(' ') + 1));
        String path = m.replaceAll("x");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        String type = "application/json";
        if (spec.has("requestBody")) {
            type = spec.get("requestBody").get("content").fieldNames().next();
        }
        String body = type.contains("json") ? "{}" : "x";
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        switch (method) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.method(method, publisher).header("Content-Type", type);
        }
        return send(b);
    }

    private static String problemCode(Reply reply) {
        if (!reply.contentType().startsWith("application/problem+json")) {
            return null;
        }
        JsonNode code = reply.json().get("code");
        return code == null ? null : code.asText();
    }

    private static Map<String, String> declaredRules() throws Exception {
        Map<String, String> rules = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            PermissionMatrixIT.class.getResourceAsStream("/permissions.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalStateException("permissions.tsv: bad line: " + line);
                }
                if (rules.put(parts[0] + " " + parts[1], parts[2].strip()) != null) {
                    throw new IllegalStateException("permissions.tsv: duplicate " + parts[0] + " " + parts[1]);
                }
            }
        }
        return rules;
    }
}
