package vn.motcua.platform.rest.openapi;

import vn.motcua.platform.api.rest.ResponseType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;

import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * Generates the OpenAPI 3.0.3 document of the REST API from the JAX-RS annotations of the resource classes.
 *
 * <p>Written by hand because CXF's OpenAPI feature (and its swagger-core dependency tree) is not available to the
 * build. It reads the same annotations CXF dispatches on (including those inherited from interfaces and base classes)
 * and describes bodies with the server's own {@link ObjectMapper}, so the document cannot drift from what the server
 * actually accepts and writes.
 *
 * <p>The output is deterministic for a given set of classes (classes, methods, paths, tags and schemas are sorted;
 * the order of the collection does not matter), so the document can be committed and diffed. Every operation lists
 * the RFC 7807 error responses 400, 404, 409 (not for GET/HEAD/OPTIONS) and 500 with the {@code Problem} schema.
 *
 * <p>Stateless: one instance can serve concurrent calls.
 */
public final class OpenApiGenerator {
    /** The OpenAPI version written in the document. */
    public static final String OPENAPI_VERSION = "3.0.3";
    /** Media type of every error response. */
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final Set<String> SAFE_METHODS = Set.of("get", "head", "options");
    private static final Set<Class<? extends Annotation>> BINDINGS = Set.of(PathParam.class, QueryParam.class,
        HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class,
        Suspended.class);
    private static final int MAX_BEAN_DEPTH = 8;
    private static final Comparator<Method> METHOD_ORDER = Comparator.comparing(OpenApiGenerator::signature);

    private final ObjectMapper mapper;

    /** @param mapper the mapper the server serialises entities with (modules, inclusion, naming must match) */
    public OpenApiGenerator(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Builds the document.
     *
     * @param info            title, version, description and server URL
     * @param resourceClasses JAX-RS root resource classes (or their implementations); classes without {@code @Path}
     *                        anywhere in their hierarchy are skipped, duplicates and order do not matter
     * @return a new OpenAPI 3.0.3 document; the caller may modify it
     */
    public ObjectNode generate(OpenApiInfo info, Collection<Class<?>> resourceClasses) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(resourceClasses, "resourceClasses");
        return new Run().generate(info, resourceClasses);
    }

    private static String signature(Method m) {
        StringBuilder s = new StringBuilder(m.getName()).append('(');
        for (Class<?> p : m.getParameterTypes()) {
            s.append(p.getName()).append(',');
        }
        return s.append(')').toString();
    }

    /** The state of one {@link #generate} call. */
    private final class Run {
        private final SchemaBuilder schemas = new SchemaBuilder(mapper);
        private final TypeFactory types = mapper.getTypeFactory();
        private final Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        private final Map<String, String> tags = new TreeMap<>();
        private final Set<String> operationIds = new HashSet<>();

        ObjectNode generate(OpenApiInfo info, Collection<Class<?>> resourceClasses) {
            ObjectNode doc = SchemaBuilder.object();
            doc.put("openapi", OPENAPI_VERSION);
            ObjectNode infoNode = doc.putObject("info");
            infoNode.put("title", info.title());
            if (info.description() != null && !info.description().isBlank()) {
                infoNode.put("description", info.description());
            }
            infoNode.put("version", info.version());
            if (info.serverUrl() != null && !info.serverUrl().isBlank()) {
                doc.putArray("servers").addObject().put("url", info.serverUrl());
            }

            Map<String, Class<?>> classes = new TreeMap<>();
            for (Class<?> c : resourceClasses) {
                if (c != null) {
                    classes.put(c.getName(), c);
                }
            }
            classes.values().forEach(this::addResource);

            if (!tags.isEmpty()) {
                ArrayNode tagList = doc.putArray("tags");
                tags.forEach((name, description) -> {
                    ObjectNode tag = tagList.addObject().put("name", name);
                    if (!description.isEmpty()) {
                        tag.put("description", description);
                    }
                });
            }
            ObjectNode pathsNode = doc.putObject("paths");
            paths.forEach((path, operations) -> {
                ObjectNode item = pathsNode.putObject(path);
                for (String http : JaxRs.OPERATION_ORDER) {
                    if (operations.containsKey(http)) {
                        item.set(http, operations.get(http));
                    }
                }
            });
            ObjectNode components = SchemaBuilder.object();
            components.set("schemas", schemas.finish(doc));
            ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
            bearer.put("type", "http");
            bearer.put("scheme", "bearer");
            bearer.put("description", "Mã phiên từ POST /auth/login / Session token from POST /auth/login");
            doc.set("components", components);
            return doc;
        }

        /**
         * Who may call: {@code security: []} for public operations, the bearer scheme otherwise, and the roles in
         * {@code x-motcua-roles}. An operation without a rule is documented as denied ({@code x-motcua-roles: []}).
         * {@code x-motcua-before-password-change: true} marks the few operations a session with a temporary password
         * may call.
         */
        private void security(Target t, ObjectNode op) {
            Access rule = t.annotation(Access.class);
            if (rule == null) {
                rule = JaxRs.classAnnotation(t.resource(), Access.class);
            }
            if (rule != null && rule.anonymous()) {
                op.putArray("security");
                op.put("x-motcua-access", "anonymous");
                return;
            }
            op.putArray("security").addObject().putArray("bearer");
            if (rule == null) {
                op.put("x-motcua-access", "denied");
            } else if (rule.value().length == 0) {
                op.put("x-motcua-access", "authenticated");
            } else {
                ArrayNode roles = op.putArray("x-motcua-roles");
                for (Role role : rule.value()) {
                    roles.add(role.name());
                }
                op.put("x-motcua-access", "roles");
            }
            if (rule != null && rule.beforePasswordChange()) {
                op.put("x-motcua-before-password-change", true);
            }
        }

        /** A member type of the target's method with the resource's type arguments applied (generic base resources). */
        private JavaType resolve(Target t, Type type) {
            JavaType owner = t.resourceType().findSuperType(t.method().getDeclaringClass());
            return types.resolveMemberType(type, owner == null ? TypeBindings.emptyBindings() : owner.getBindings());
        }

        private void addResource(Class<?> resource) {
            Path classPath = JaxRs.classAnnotation(resource, Path.class);
            if (classPath == null) {
                return;
            }
            ApiTag tag = JaxRs.classAnnotation(resource, ApiTag.class);
            if (tag != null) {
                tags.merge(tag.value(), tag.description(), (old, added) -> old.isEmpty() ? added : old);
            }
            JavaType resourceType = types.constructType(resource);
            List<Method> methods = new ArrayList<>(Arrays.asList(resource.getMethods()));
            methods.removeIf(m -> m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers()));
            methods.sort(METHOD_ORDER);
            for (Method method : methods) {
                Method annotated = JaxRs.annotatedMethod(resource, method);
                String http = annotated == null ? null : JaxRs.httpMethod(annotated);
                if (http != null && JaxRs.OPERATION_ORDER.contains(http)) {
                    Path methodPath = annotated.getAnnotation(Path.class);
                    String path = PathTemplates.join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    addOperation(new Target(resource, resourceType, tag, method, annotated), http, path);
                }
            }
        }

        private void addOperation(Target t, String http, String path) {
            Map<String, ObjectNode> item = paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
            ObjectNode existing = item.get(http);
            ObjectNode op = SchemaBuilder.object();
            if (t.tag() != null) {
                op.putArray("tags").add(t.tag().value());
            }
            ApiTag summary = t.annotation(ApiTag.class);
            if (summary != null) {
                op.put("summary", summary.value());
                if (!summary.description().isBlank()) {
                    op.put("description", summary.description());
                }
            }
            if (existing == null) {
                op.put("operationId", uniqueOperationId(t.resource().getSimpleName() + "_" + t.method().getName()));
            }

            Inputs inputs = new Inputs();
            Type[] parameterTypes = t.method().getGenericParameterTypes();
            Annotation[][] annotations = t.annotated().getParameterAnnotations();
            for (int i = 0; i < parameterTypes.length; i++) {
                bind(annotations[i], resolve(t, parameterTypes[i]), inputs, 0);
            }
            ArrayNode parameters = parameters(inputs, PathTemplates.variables(path));
            if (!parameters.isEmpty()) {
                op.set("parameters", parameters);
            }
            ObjectNode requestBody = requestBody(t, inputs);
            if (requestBody != null) {
                op.set("requestBody", requestBody);
            }
            op.set("responses", responses(t, http, inputs.async));
            security(t, op);
            if (t.method().isAnnotationPresent(Deprecated.class) || t.annotated().isAnnotationPresent(Deprecated.class)
                || t.resource().isAnnotationPresent(Deprecated.class)) {
                op.put("deprecated", true);
            }
            if (existing == null) {
                item.put(http, op);
            } else {
                merge(existing, op);
            }
        }

        private String uniqueOperationId(String base) {
            String id = base;
            for (int n = 2; !operationIds.add(id); n++) {
                id = base + "_" + n;
            }
            return id;
        }

        // ------------------------------------------------------------------------------------------ parameters

        /** Sorts one method parameter (or {@code @BeanParam} member) into path/query/header/cookie/form/entity. */
        private void bind(Annotation[] annotations, JavaType type, Inputs inputs, int depth) {
            String defaultValue = null;
            Annotation binding = null;
            for (Annotation a : annotations) {
                if (a instanceof DefaultValue d) {
                    defaultValue = d.value();
                } else if (BINDINGS.contains(a.annotationType()) && binding == null) {
                    binding = a;
                }
            }
            if (binding == null) {
                if (inputs.entity == null) {
                    inputs.entity = type;
                }
            } else if (binding instanceof PathParam p) {
                inputs.add(p.value(), "path", parameter(p.value(), "path", type, defaultValue));
            } else if (binding instanceof QueryParam q) {
                inputs.add(q.value(), "query", parameter(q.value(), "query", type, defaultValue));
            } else if (binding instanceof HeaderParam h) {
                inputs.add(h.value().toLowerCase(Locale.ROOT), "header", parameter(h.value(), "header", type, defaultValue));
            } else if (binding instanceof CookieParam c) {
                inputs.add(c.value(), "cookie", parameter(c.value(), "cookie", type, defaultValue));
            } else if (binding instanceof FormParam f) {
                inputs.form.putIfAbsent(f.value(), withDefault(schemas.parameterSchema(type), defaultValue));
            } else if (binding instanceof BeanParam) {
                if (depth < MAX_BEAN_DEPTH) {
                    bindBean(type, inputs, depth + 1);
                }
            } else if (binding instanceof Suspended) {
                inputs.async = true;
            }
            // @Context and @MatrixParam are not part of the documented contract
        }

        /** A {@code @BeanParam}: its annotated fields and setters, superclass members first, each level by name. */
        private void bindBean(JavaType bean, Inputs inputs, int depth) {
            List<Class<?>> levels = new ArrayList<>();
            for (Class<?> c = bean.getRawClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                levels.add(0, c);
            }
            for (Class<?> level : levels) {
                JavaType owner = bean.findSuperType(level);
                TypeBindings bindings = owner == null ? TypeBindings.emptyBindings() : owner.getBindings();
                Field[] fields = level.getDeclaredFields();
                Arrays.sort(fields, Comparator.comparing(Field::getName));
                for (Field f : fields) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && isBound(f.getAnnotations())) {
                        bind(f.getAnnotations(), types.resolveMemberType(f.getGenericType(), bindings), inputs, depth);
                    }
                }
                Method[] setters = level.getDeclaredMethods();
                Arrays.sort(setters, METHOD_ORDER);
                for (Method m : setters) {
                    if (!Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic()
                        && m.getParameterCount() == 1 && isBound(m.getAnnotations())) {
                        bind(m.getAnnotations(), types.resolveMemberType(m.getGenericParameterTypes()[0], bindings),
                            inputs, depth);
                    }
                }
            }
        }

        private boolean isBound(Annotation[] annotations) {
            for (Annotation a : annotations) {
                if (BINDINGS.contains(a.annotationType())) {
                    return true;
                }
            }
            return false;
        }

        private ObjectNode parameter(String name, String in, JavaType type, String defaultValue) {
            ObjectNode p = SchemaBuilder.object().put("name", name).put("in", in);
            if (in.equals("path")) {
                p.put("required", true);
            }
            ObjectNode schema = withDefault(schemas.parameterSchema(type), defaultValue);
            if (schema.path("type").asText().equals("array") && (in.equals("query") || in.equals("cookie"))) {
                p.put("style", "form").put("explode", true); // ?sort=a&sort=b, as JAX-RS reads List<String>
            }
            p.set("schema", schema);
            return p;
        }

        private ObjectNode withDefault(ObjectNode schema, String defaultValue) {
            if (defaultValue != null) {
                JsonNode value = SchemaBuilder.defaultValue(defaultValue, schema);
                if (value != null) {
                    schema.set("default", value);
                }
            }
            return schema;
        }

        /**
         * Path parameters in template order, then the others as declared. A template variable the method does not
         * bind is still declared (OpenAPI requires it); a {@code @PathParam} without a template variable is dropped.
         */
        private ArrayNode parameters(Inputs inputs, List<String> variables) {
            ArrayNode result = SchemaBuilder.object().arrayNode();
            for (String variable : new LinkedHashSet<>(variables)) {
                ObjectNode declared = inputs.parameters.get("path:" + variable);
                result.add(declared != null ? declared : SchemaBuilder.object().put("name", variable).put("in", "path")
                    .put("required", true).set("schema", SchemaBuilder.type("string", null)));
            }
            inputs.parameters.forEach((key, p) -> {
                if (!key.startsWith("path:")) {
                    result.add(p);
                }
            });
            return result;
        }

        // ------------------------------------------------------------------------------------------ bodies

        private ObjectNode requestBody(Target t, Inputs inputs) {
            List<String> consumes = t.mediaTypes(Consumes.class);
            if (inputs.entity != null) {
                ObjectNode body = SchemaBuilder.object();
                ObjectNode content = body.putObject("content");
                for (String mediaType : consumes == null ? List.of(MediaType.APPLICATION_JSON) : consumes) {
                    content.putObject(mediaType).set("schema", schemas.entitySchema(inputs.entity, mediaType));
                }
                body.put("required", true);
                return body;
            }
            if (!inputs.form.isEmpty()) {
                ObjectNode body = SchemaBuilder.object();
                ObjectNode content = body.putObject("content");
                for (String mediaType : consumes == null ? List.of(MediaType.APPLICATION_FORM_URLENCODED) : consumes) {
                    ObjectNode schema = content.putObject(mediaType).putObject("schema").put("type", "object");
                    ObjectNode properties = schema.putObject("properties");
                    inputs.form.forEach((name, s) -> properties.set(name, s.deepCopy()));
                }
                return body;
            }
            return null;
        }

        private ObjectNode responses(Target t, String http, boolean async) {
            ResponseType declared = t.annotation(ResponseType.class);
            JavaType returned = resolve(t, t.method().getGenericReturnType());
            if (CompletionStage.class.isAssignableFrom(returned.getRawClass())) {
                JavaType[] value = types.findTypeParameters(returned, CompletionStage.class);
                returned = value.length == 1 ? value[0] : types.constructType(Object.class);
            }
            Class<?> raw = returned.getRawClass();
            int status;
            JavaType body;
            boolean hasBody;
            if (declared != null) {
                status = declared.status();
                hasBody = declared.value() != Void.class && declared.value() != void.class;
                body = hasBody ? container(declared) : null;
            } else if (raw == void.class || raw == Void.class) {
                status = async ? 200 : 204;
                hasBody = async;
                body = null;
            } else {
                status = 200;
                hasBody = true;
                body = Response.class.isAssignableFrom(raw) ? null : returned;
            }
            ObjectNode responses = SchemaBuilder.object();
            ObjectNode success = responses.putObject(String.valueOf(status)).put("description", reason(status));
            if (hasBody && !http.equals("head") && status != 204 && status != 304) {
                ObjectNode content = success.putObject("content");
                List<String> produces = t.mediaTypes(Produces.class);
                for (String mediaType : produces == null ? List.of(MediaType.APPLICATION_JSON) : produces) {
                    content.putObject(mediaType).set("schema", schemas.entitySchema(body, mediaType));
                }
            }
            addProblem(responses, 400, "Invalid input; errors names every offending field.");
            addProblem(responses, 404, "Not found.");
            if (!SAFE_METHODS.contains(http)) {
                addProblem(responses, 409, "Conflicts with the current state (duplicate, concurrent change, in use).");
            }
            addProblem(responses, 500, "Unexpected server error; quote requestId to support.");
            return responses;
        }

        private JavaType container(ResponseType declared) {
            JavaType value = types.constructType(declared.value());
            switch (declared.container()) {
                case LIST:
                    return types.constructCollectionType(List.class, value);
                case PAGE:
                    return types.constructParametricType(Page.class, value);
                default:
                    return value;
            }
        }

        private void addProblem(ObjectNode responses, int status, String description) {
            String key = String.valueOf(status);
            if (!responses.has(key)) {
                ObjectNode r = responses.putObject(key).put("description", description);
                r.putObject("content").putObject(PROBLEM_MEDIA_TYPE).set("schema", schemas.problemReference());
            }
        }

        /**
         * Two methods on the same path and HTTP method differ by media type (content negotiation, e.g. JSON and CSV
         * exports): the first keeps its operationId and gains the other's media types and parameters.
         */
        private void merge(ObjectNode existing, ObjectNode added) {
            ArrayNode parameters = existing.has("parameters") ? (ArrayNode) existing.get("parameters")
                : SchemaBuilder.object().arrayNode();
            Set<String> known = new HashSet<>();
            parameters.forEach(p -> known.add(p.path("in").asText() + ":" + p.path("name").asText()));
            for (JsonNode p : added.path("parameters")) {
                if (known.add(p.path("in").asText() + ":" + p.path("name").asText())) {
                    parameters.add(p);
                }
            }
            if (!parameters.isEmpty() && !existing.has("parameters")) {
                existing.set("parameters", parameters);
            }
            if (added.has("requestBody")) {
                if (!existing.has("requestBody")) {
                    existing.set("requestBody", added.get("requestBody"));
                } else {
                    mergeContent((ObjectNode) existing.get("requestBody"), added.get("requestBody"));
                }
            }
            ObjectNode responses = (ObjectNode) existing.get("responses");
            added.get("responses").properties().forEach(e -> {
                if (!responses.has(e.getKey())) {
                    responses.set(e.getKey(), e.getValue());
                } else {
                    mergeContent((ObjectNode) responses.get(e.getKey()), e.getValue());
                }
            });
        }

        private void mergeContent(ObjectNode target, JsonNode source) {
            if (!source.has("content")) {
                return;
            }
            ObjectNode content = target.has("content") ? (ObjectNode) target.get("content") : target.putObject("content");
            source.get("content").properties().forEach(e -> {
                if (!content.has(e.getKey())) {
                    content.set(e.getKey(), e.getValue());
                }
            });
        }
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 206: return "Partial Content";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 303: return "See Other";
            case 304: return "Not Modified";
            case 307: return "Temporary Redirect";
            default: return "Status " + status;
        }
    }

    /** What the parameters of one resource method bind to. */
    private static final class Inputs {
        /** Keyed by {@code in:name} (header names lower-cased): OpenAPI forbids duplicates, the first one wins. */
        final Map<String, ObjectNode> parameters = new LinkedHashMap<>();
        final Map<String, ObjectNode> form = new LinkedHashMap<>();
        JavaType entity;
        boolean async;

        void add(String name, String in, ObjectNode parameter) {
            parameters.putIfAbsent(in + ":" + name, parameter);
        }
    }

    /** A resource method, the method its JAX-RS annotations come from, and the class it is published under. */
    private record Target(Class<?> resource, JavaType resourceType, ApiTag tag, Method method, Method annotated) {
        /** The annotation on the annotated method, else on the implementing one. */
        <A extends Annotation> A annotation(Class<A> type) {
            A a = annotated.getAnnotation(type);
            return a != null ? a : method.getAnnotation(type);
        }

        /** {@code @Produces}/{@code @Consumes} of the method, else of the class; {@code null} when neither has one. */
        List<String> mediaTypes(Class<? extends Annotation> type) {
            Annotation a = annotation(type);
            if (a == null) {
                a = JaxRs.classAnnotation(resource, type);
            }
            if (a == null) {
                return null;
            }
            String[] values = a instanceof Produces p ? p.value() : ((Consumes) a).value();
            Set<String> result = new LinkedHashSet<>();
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.trim());
                    }
                }
            }
            return result.isEmpty() ? null : new ArrayList<>(result);
        }
    }
}
