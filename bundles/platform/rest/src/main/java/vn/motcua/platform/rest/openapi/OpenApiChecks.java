package vn.motcua.platform.rest.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Structural rules of OpenAPI 3.0 that code generators, Swagger UI and validators actually trip over, checked on any
 * document (the generated one in unit tests, the one the running server publishes in integration tests).
 *
 * <p>It is not a full schema validation of the specification; it checks what a hand-written generator can get
 * wrong: dangling {@code $ref}s, undeclared or unused path parameters, equivalent templated paths, duplicate
 * operationIds and parameters, responses without description, array schemas without {@code items}, {@code required}
 * names that are not properties, defaults that do not match their type, and {@code $ref} siblings (ignored by 3.0).
 */
public final class OpenApiChecks {
    private static final Set<String> OPERATIONS = Set.copyOf(JaxRs.OPERATION_ORDER);
    private static final Set<String> LOCATIONS = Set.of("path", "query", "header", "cookie");
    private static final Set<String> SCHEMA_TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");
    private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");
    private static final Pattern RESPONSE_CODE = Pattern.compile("default|[1-5]XX|[1-5]\\d\\d");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern VERSION = Pattern.compile("3\\.0\\.\\d+");
    private static final int MAX_REF_HOPS = 16;
    /** A Path Item Object may carry fields next to its $ref. */
    private static final Pattern PATH_ITEM = Pattern.compile("#/paths/[^/]+");

    private OpenApiChecks() {
    }

    /**
     * All violations found, each as {@code "<where>: <what>"}; empty when the document passes.
     *
     * @param doc an OpenAPI 3.0.x document
     */
    public static List<String> problems(JsonNode doc) {
        List<String> out = new ArrayList<>();
        if (doc == null || !doc.isObject()) {
            out.add("#: the document is not a JSON object");
            return out;
        }
        checkHeader(doc, out);
        checkRefs(doc, doc, "#", out);
        checkComponentNames(doc, out);
        checkTags(doc, out);
        checkPaths(doc, out);
        checkSchemas(doc, out);
        return out;
    }

    private static void checkHeader(JsonNode doc, List<String> out) {
        if (!VERSION.matcher(doc.path("openapi").asText("")).matches()) {
            out.add("#/openapi: must be a 3.0.x version string, is " + doc.path("openapi"));
        }
        JsonNode info = doc.path("info");
        for (String field : List.of("title", "version")) {
            if (!info.path(field).isTextual() || info.path(field).asText().isBlank()) {
                out.add("#/info/" + field + ": required text is missing");
            }
        }
    }

    /** Every {@code $ref} is local and resolves; nothing sits next to it (OpenAPI 3.0 ignores such siblings). */
    private static void checkRefs(JsonNode root, JsonNode node, String location, List<String> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                if (!ref.isTextual()) {
                    out.add(location + ": $ref is not a string");
                } else if (resolveLocal(root, ref.asText()) == null) {
                    out.add(location + ": $ref '" + ref.asText() + "' does not resolve within the document");
                }
                if (node.size() > 1 && !PATH_ITEM.matcher(location).matches()) {
                    List<String> siblings = new ArrayList<>();
                    node.fieldNames().forEachRemaining(siblings::add);
                    siblings.remove("$ref");
                    out.add(location + ": keys next to $ref are ignored by OpenAPI 3.0 tools: " + siblings);
                }
            }
            node.properties().forEach(e -> checkRefs(root, e.getValue(), location + "/" + escape(e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefs(root, node.get(i), location + "/" + i, out);
            }
        }
    }

    private static void checkComponentNames(JsonNode doc, List<String> out) {
        doc.path("components").properties().forEach(section -> section.getValue().fieldNames().forEachRemaining(name -> {
            if (!COMPONENT_NAME.matcher(name).matches()) {
                out.add("#/components/" + section.getKey() + "/" + escape(name)
                    + ": component name must match ^[a-zA-Z0-9.\\-_]+$");
            }
        }));
    }

    private static void checkTags(JsonNode doc, List<String> out) {
        Set<String> names = new HashSet<>();
        JsonNode tags = doc.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            String name = tags.get(i).path("name").asText("");
            if (name.isEmpty()) {
                out.add("#/tags/" + i + ": tag without name");
            } else if (!names.add(name)) {
                out.add("#/tags/" + i + ": duplicate tag '" + name + "'");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- paths

    private static void checkPaths(JsonNode doc, List<String> out) {
        JsonNode paths = doc.get("paths");
        if (paths == null || !paths.isObject()) {
            out.add("#/paths: required object is missing");
            return;
        }
        Map<String, String> shapes = new HashMap<>();
        Map<String, String> operationIds = new HashMap<>();
        paths.properties().forEach(entry -> {
            String path = entry.getKey();
            if (!path.startsWith("/")) {
                out.add(path + ": path must start with '/'");
            }
            List<String> variables = templateVariables(path, out);
            String shape = path.replaceAll("\\{[^}]*}", "{}");
            String same = shapes.putIfAbsent(shape, path);
            if (same != null) {
                out.add(path + ": equivalent to templated path " + same + " (OpenAPI treats them as identical)");
            }
            JsonNode item = resolve(doc, entry.getValue());
            Map<String, JsonNode> common = parameters(doc, item.path("parameters"), path, variables, out);
            item.properties().forEach(op -> {
                if (OPERATIONS.contains(op.getKey())) {
                    checkOperation(doc, path, op.getKey(), resolve(doc, op.getValue()), variables, common,
                        operationIds, out);
                }
            });
        });
    }

    private static void checkOperation(JsonNode doc, String path, String method, JsonNode op, List<String> variables,
                                       Map<String, JsonNode> common, Map<String, String> operationIds,
                                       List<String> out) {
        String where = method.toUpperCase(Locale.ROOT) + " " + path;
        JsonNode id = op.get("operationId");
        if (id != null) {
            String previous = operationIds.putIfAbsent(id.asText(), where);
            if (!id.isTextual() || id.asText().isBlank()) {
                out.add(where + ": operationId must be non-empty text");
            } else if (previous != null) {
                out.add(where + ": operationId '" + id.asText() + "' is also used by " + previous);
            }
        }
        Map<String, JsonNode> effective = new LinkedHashMap<>(common);
        effective.putAll(parameters(doc, op.path("parameters"), where, variables, out));
        for (String variable : variables) {
            if (!effective.containsKey("path:" + variable)) {
                out.add(where + ": path template variable {" + variable + "} has no path parameter");
            }
        }
        if (op.has("requestBody")) {
            JsonNode content = resolve(doc, op.get("requestBody")).path("content");
            if (!content.isObject() || content.isEmpty()) {
                out.add(where + ": requestBody has no content");
            }
        }
        JsonNode responses = op.get("responses");
        if (responses == null || !responses.isObject() || responses.isEmpty()) {
            out.add(where + ": an operation needs at least one response");
            return;
        }
        responses.properties().forEach(r -> {
            if (!RESPONSE_CODE.matcher(r.getKey()).matches()) {
                out.add(where + ": response key '" + r.getKey() + "' is not a status code");
            }
            JsonNode response = resolve(doc, r.getValue());
            if (!response.path("description").isTextual()) {
                out.add(where + ": response " + r.getKey() + " has no description");
            }
        });
        JsonNode tags = op.path("tags");
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                out.add(where + ": tags must be strings");
            }
        }
    }

    /** The parameters of one list keyed by {@code in:name}; reports malformed and duplicate entries. */
    private static Map<String, JsonNode> parameters(JsonNode doc, JsonNode list, String where,
                                                    List<String> variables, List<String> out) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode raw : list) {
            JsonNode p = resolve(doc, raw);
            String name = p.path("name").asText("");
            String in = p.path("in").asText("");
            if (name.isEmpty() || !LOCATIONS.contains(in)) {
                out.add(where + ": parameter needs a name and 'in' of " + LOCATIONS + ": " + p);
                continue;
            }
            if (p.has("schema") == p.has("content")) {
                out.add(where + ": parameter '" + name + "' needs exactly one of schema and content");
            }
            if (in.equals("path")) {
                if (!p.path("required").asBoolean(false)) {
                    out.add(where + ": path parameter '" + name + "' must have required: true");
                }
                if (!variables.contains(name)) {
                    out.add(where + ": path parameter '" + name + "' is not a variable of the path template");
                }
            }
            String key = in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
            if (result.put(key, p) != null) {
                out.add(where + ": duplicate " + in + " parameter '" + name + "'");
            }
        }
        return result;
    }

    /** Variables of a path template; reports unbalanced braces and leftovers such as a JAX-RS regex. */
    private static List<String> templateVariables(String path, List<String> out) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '}') {
                out.add(path + ": unbalanced '}' in path template");
                return names;
            }
            if (c == '{') {
                int end = path.indexOf('}', i);
                int nested = path.indexOf('{', i + 1);
                if (end < 0 || (nested >= 0 && nested < end)) {
                    out.add(path + ": unbalanced '{' in path template");
                    return names;
                }
                String name = path.substring(i + 1, end);
                if (!TEMPLATE_NAME.matcher(name).matches()) {
                    out.add(path + ": template variable '{" + name + "}' is not a plain name (JAX-RS regex left in?)");
                } else if (names.contains(name)) {
                    out.add(path + ": template variable {" + name + "} occurs twice");
                } else {
                    names.add(name);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return names;
    }

    // -------------------------------------------------------------------------------------------------- schemas

    /** Finds every schema (components and each {@code schema} field anywhere) and checks it recursively. */
    private static void checkSchemas(JsonNode doc, List<String> out) {
        doc.path("components").path("schemas").properties()
            .forEach(e -> checkSchema(e.getValue(), "#/components/schemas/" + escape(e.getKey()), out));
        findSchemaFields(doc, "#", out);
    }

    private static void findSchemaFields(JsonNode node, String location, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = location + "/" + escape(e.getKey());
                if (e.getKey().equals("schema") && e.getValue().isObject()) {
                    checkSchema(e.getValue(), child, out);
                } else if (!(location.equals("#/components") && e.getKey().equals("schemas"))) {
                    findSchemaFields(e.getValue(), child, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSchemaFields(node.get(i), location + "/" + i, out);
            }
        }
    }

    private static void checkSchema(JsonNode schema, String location, List<String> out) {
        if (!schema.isObject() || schema.has("$ref")) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && (!type.isTextual() || !SCHEMA_TYPES.contains(type.asText()))) {
            out.add(location + ": type must be one of " + SCHEMA_TYPES + " in OpenAPI 3.0, is " + type);
        }
        if (type != null && type.asText().equals("array") && !schema.path("items").isObject()) {
            out.add(location + ": an array schema needs items");
        }
        JsonNode properties = schema.get("properties");
        JsonNode required = schema.get("required");
        if (required != null) {
            if (!required.isArray() || required.isEmpty()) {
                out.add(location + ": required must be a non-empty array of property names");
            } else if (properties != null && properties.isObject() && !schema.has("allOf") && !schema.has("anyOf")
                && !schema.has("oneOf")) {
                for (JsonNode name : required) {
                    if (!properties.has(name.asText())) {
                        out.add(location + ": required property '" + name.asText() + "' is not defined");
                    }
                }
            }
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && (!enumeration.isArray() || enumeration.isEmpty())) {
            out.add(location + ": enum must be a non-empty array");
        }
        if (schema.has("nullable") && !schema.get("nullable").isBoolean()) {
            out.add(location + ": nullable must be a boolean");
        }
        JsonNode defaultValue = schema.get("default");
        if (defaultValue != null && defaultValue.isNull() && schema.path("nullable").asBoolean(false)) {
            // null is a valid default of a nullable schema
        } else if (defaultValue != null && type != null && !fits(defaultValue, type.asText())) {
            out.add(location + ": default " + defaultValue + " is not of type " + type.asText());
        } else if (defaultValue != null && enumeration != null && enumeration.isArray()) {
            boolean listed = false;
            for (JsonNode v : enumeration) {
                listed |= v.equals(defaultValue);
            }
            if (!listed) {
                out.add(location + ": default " + defaultValue + " is not one of the enum values");
            }
        }
        if (properties != null) {
            properties.properties()
                .forEach(e -> checkSchema(e.getValue(), location + "/properties/" + escape(e.getKey()), out));
        }
        if (schema.has("items")) {
            checkSchema(schema.get("items"), location + "/items", out);
        }
        if (schema.path("additionalProperties").isObject()) {
            checkSchema(schema.get("additionalProperties"), location + "/additionalProperties", out);
        }
        if (schema.has("not")) {
            checkSchema(schema.get("not"), location + "/not", out);
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = schema.get(composition);
            if (parts != null) {
                if (!parts.isArray() || parts.isEmpty()) {
                    out.add(location + ": " + composition + " must be a non-empty array");
                } else {
                    for (int i = 0; i < parts.size(); i++) {
                        checkSchema(parts.get(i), location + "/" + composition + "/" + i, out);
                    }
                }
            }
        }
    }

    private static boolean fits(JsonNode value, String type) {
        switch (type) {
            case "string": return value.isTextual();
            case "integer": return value.isIntegralNumber();
            case "number": return value.isNumber();
            case "boolean": return value.isBoolean();
            case "array": return value.isArray();
            case "object": return value.isObject();
            default: return true;
        }
    }

    // -------------------------------------------------------------------------------------------------- refs

    /** Follows local {@code $ref}s (a Reference Object may stand for a parameter, response, ...). */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < MAX_REF_HOPS && current != null && current.has("$ref"); hops++) {
            JsonNode target = resolveLocal(doc, current.get("$ref").asText(""));
            if (target == null) {
                return current; // reported by checkRefs
            }
            current = target;
        }
        return current == null ? node : current;
    }

    private static JsonNode resolveLocal(JsonNode doc, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        try {
            // a $ref is a URI: its fragment may be percent-encoded (e.g. {id} in a path as %7Bid%7D)
            String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            JsonNode target = doc.at(pointer);
            return target.isMissingNode() ? null : target;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
