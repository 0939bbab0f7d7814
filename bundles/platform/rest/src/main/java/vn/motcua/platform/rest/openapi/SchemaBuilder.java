package vn.motcua.platform.rest.openapi;

import vn.motcua.platform.api.rest.ResponseType;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.ws.rs.core.Form;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.NameTransformer;

/**
 * JSON schemas of Java types for one generation run, and the {@code components.schemas} they end up in.
 *
 * <p>Properties come from the server's own {@link ObjectMapper} introspection so that {@code @JsonProperty},
 * {@code @JsonIgnore}, {@code @JsonInclude}, mix-ins and naming strategies are documented exactly as they are
 * serialised. A class has one component, which is the union of what Jackson writes and what it reads: a property only
 * written is {@code readOnly}, one only read is {@code writeOnly} (the OpenAPI way of saying "in responses only").
 *
 * <p>Component names depend on the whole set of types (a simple name is qualified only when it clashes), so schemas
 * first refer to each other through a placeholder keyed by the Java type, and {@link #finish} names them and rewrites
 * the references. Registering a component before its properties are built makes recursive types terminate.
 */
final class SchemaBuilder {
    static final String REF_PREFIX = "#/components/schemas/";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    /** Never left in a finished document; cannot clash with a real name because '~' is not a valid name char. */
    private static final String PENDING_PREFIX = REF_PREFIX + "~type~";
    private static final Set<String> RESERVED = Set.of(PROBLEM, FIELD_ERROR);
    private static final int MAX_UNWRAP_DEPTH = 16;
    private static final Map<Class<?>, String> PRIMITIVE_NAMES = Map.of(int.class, "Integer", long.class, "Long",
        boolean.class, "Boolean", double.class, "Double", float.class, "Float", short.class, "Short",
        byte.class, "Byte", char.class, "Character");

    private final ObjectMapper mapper;
    private final SerializationConfig serConfig;
    private final DeserializationConfig deserConfig;
    private final TypeFactory types;
    private final AnnotationIntrospector introspector;
    private final boolean datesAsTimestamps;
    private final boolean durationsAsTimestamps;
    /** Keyed by {@link JavaType#toCanonical()}, in discovery order. */
    private final Map<String, Component> components = new LinkedHashMap<>();

    private record Component(JavaType type, ObjectNode schema) {
    }

    private record Property(ObjectNode schema, boolean required) {
    }

    SchemaBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
        this.serConfig = mapper.getSerializationConfig();
        this.deserConfig = mapper.getDeserializationConfig();
        this.types = mapper.getTypeFactory();
        this.introspector = serConfig.getAnnotationIntrospector();
        this.datesAsTimestamps = serConfig.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.durationsAsTimestamps = serConfig.isEnabled(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    // ---------------------------------------------------------------------------------------------- entities

    /**
     * Schema of a whole request or response entity sent as {@code mediaType}. Streams and byte arrays are opaque
     * binaries whatever the media type; a {@code String} is taken verbatim by JAX-RS; a {@code Response} without
     * {@link ResponseType} says nothing about its body. Other types are JSON (or XML) documents, except under a
     * text or binary media type, where a DTO can only be some custom text or binary rendering.
     */
    ObjectNode entitySchema(JavaType type, String mediaType) {
        if (type == null) {
            return object();
        }
        Class<?> raw = type.getRawClass();
        if (InputStream.class.isAssignableFrom(raw) || raw == byte[].class || raw == File.class
            || java.nio.file.Path.class.isAssignableFrom(raw) || StreamingOutput.class.isAssignableFrom(raw)
            || raw.getName().equals("javax.activation.DataSource")) {
            return type("string", "binary");
        }
        if (raw == String.class || Reader.class.isAssignableFrom(raw)) {
            return type("string", null);
        }
        if (Response.class.isAssignableFrom(raw) || raw == Object.class) {
            return object();
        }
        if (raw == Form.class) {
            ObjectNode form = type("object", null);
            form.set("additionalProperties", type("string", null));
            return form;
        }
        String media = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = media.indexOf(';');
        if (semicolon >= 0) {
            media = media.substring(0, semicolon);
        }
        media = media.trim();
        if (media.isEmpty() || media.equals("*/*") || media.startsWith("application/*") || media.endsWith("json")
            || media.endsWith("xml") || media.equals("application/x-www-form-urlencoded")) {
            return jsonSchema(type);
        }
        if (media.startsWith("text/")) {
            return type("string", null);
        }
        if (media.startsWith("multipart/")) {
            return type("object", null);
        }
        return type("string", "binary");
    }

    // ---------------------------------------------------------------------------------------------- parameters

    /**
     * Schema of a path, query, header, cookie or form parameter. JAX-RS converts these from strings itself (enum by
     * {@code valueOf}, hence constant names, not Jackson's names), so any other type is a string.
     */
    ObjectNode parameterSchema(JavaType type) {
        JavaType referenced = referenced(type);
        if (referenced != null) {
            return parameterSchema(referenced);
        }
        Class<?> raw = type.getRawClass();
        if (raw != byte[].class && (type.isArrayType() || type.isCollectionLikeType())) {
            return array(parameterSchema(type.getContentType()), Set.class.isAssignableFrom(raw));
        }
        ObjectNode simple = simple(raw, false);
        if (simple != null) {
            return simple;
        }
        if (raw.isEnum()) {
            ObjectNode schema = type("string", null);
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        return type("string", null);
    }

    /**
     * A textual default (from {@code @DefaultValue} or {@code @JsonProperty(defaultValue)}) as a value of the schema's
     * type, or {@code null} when it does not fit: a default of the wrong type makes the whole document invalid. On an
     * array it is the one-element list JAX-RS would inject.
     */
    static JsonNode defaultValue(String text, JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String type = schema.path("type").asText("");
        try {
            switch (type) {
                case "integer":
                    BigInteger integer = new BigInteger(text.trim());
                    return integer.bitLength() < 32 ? nodes.numberNode(integer.intValue())
                        : integer.bitLength() < 64 ? nodes.numberNode(integer.longValue()) : nodes.numberNode(integer);
                case "number":
                    return nodes.numberNode(new BigDecimal(text.trim()));
                case "boolean":
                    return text.trim().equalsIgnoreCase("true") || text.trim().equalsIgnoreCase("false")
                        ? nodes.booleanNode(Boolean.parseBoolean(text.trim())) : null;
                case "array":
                    JsonNode item = defaultValue(text, schema.path("items"));
                    return item == null ? null : nodes.arrayNode().add(item);
                case "string":
                    JsonNode allowed = schema.get("enum");
                    if (allowed != null) {
                        for (JsonNode v : allowed) {
                            if (v.asText().equals(text)) {
                                return nodes.textNode(text);
                            }
                        }
                        return null;
                    }
                    return nodes.textNode(text);
                default:
                    return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- JSON bodies

    /** Schema of a value inside a JSON document: inline for scalars and containers, a reference for DTOs/enums. */
    ObjectNode jsonSchema(JavaType type) {
        Class<?> raw = type.getRawClass();
        JavaType referenced = referenced(type);
        if (referenced != null) {
            return jsonSchema(referenced);
        }
        if (raw == OptionalInt.class) {
            return type("integer", "int32");
        }
        if (raw == OptionalLong.class) {
            return type("integer", "int64");
        }
        if (raw == OptionalDouble.class) {
            return type("number", "double");
        }
        ObjectNode simple = simple(raw, true);
        if (simple != null) {
            return simple;
        }
        if (raw == Object.class || raw == Void.class || raw == void.class) {
            return object();
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            if (ObjectNode.class.isAssignableFrom(raw)) {
                return type("object", null);
            }
            return ArrayNode.class.isAssignableFrom(raw) ? array(object(), false) : object();
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            return array(jsonSchema(type.getContentType()), Set.class.isAssignableFrom(raw));
        }
        if (type.isMapLikeType()) {
            ObjectNode map = type("object", null);
            map.set("additionalProperties", jsonSchema(type.getContentType()));
            return map;
        }
        if (Enum.class.isAssignableFrom(raw)) {
            Class<?> enumClass = raw.isEnum() ? raw : raw.getSuperclass();
            return reference(types.constructType(enumClass));
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            JavaType[] element = types.findTypeParameters(type, Iterable.class);
            return array(element.length == 1 ? jsonSchema(element[0]) : object(), false);
        }
        String name = raw.getName();
        if (raw.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")) {
            // a JDK type Jackson writes with a scalar serializer we do not know of; its bean properties mean nothing
            return object();
        }
        AnnotatedMember value = serConfig.introspect(type).findJsonValueAccessor();
        if (value != null) {
            return jsonSchema(value.getType());
        }
        return reference(type);
    }

    /**
     * The content of {@code Optional<X>}/{@code AtomicReference<X>}, or {@code null}. Jackson only types
     * {@code Optional} as a reference type when the Jdk8Module is registered, so it is recognised here as well.
     */
    private JavaType referenced(JavaType type) {
        if (type.isReferenceType()) {
            return type.getReferencedType();
        }
        if (type.getRawClass() == Optional.class) {
            JavaType[] content = types.findTypeParameters(type, Optional.class);
            return content.length == 1 ? content[0] : types.constructType(Object.class);
        }
        return null;
    }

    /** The reference to the RFC 7807 problem schema every error response uses. */
    ObjectNode problemReference() {
        return ref(REF_PREFIX + PROBLEM);
    }

    private ObjectNode reference(JavaType type) {
        String key = type.toCanonical();
        if (!components.containsKey(key)) {
            ObjectNode schema = object();
            components.put(key, new Component(type, schema)); // before filling: recursion stops here
            try {
                if (type.getRawClass().isEnum()) {
                    fillEnum(schema, type);
                } else {
                    fillObject(schema, type);
                }
            } catch (RuntimeException e) {
                // e.g. conflicting getters: Jackson cannot serialise the class either, but one broken DTO must not
                // take the whole document (and the server rebuild that publishes it) down
                schema.removeAll();
                schema.put("description", "Not documented: Jackson cannot introspect " + type.toCanonical() + ": "
                    + e.getMessage());
            }
        }
        return ref(PENDING_PREFIX + key);
    }

    /** Enum values as the server's mapper writes them ({@code @JsonProperty}, {@code @JsonValue}, features). */
    private void fillEnum(ObjectNode schema, JavaType type) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        boolean allText = true;
        boolean allIntegers = true;
        for (Object constant : type.getRawClass().getEnumConstants()) {
            JsonNode value;
            try {
                value = mapper.valueToTree(constant);
            } catch (IllegalArgumentException e) {
                value = JsonNodeFactory.instance.textNode(((Enum<?>) constant).name());
            }
            if (value == null || value.isNull()) {
                continue;
            }
            values.add(value);
            allText &= value.isTextual();
            allIntegers &= value.isIntegralNumber();
        }
        if (allText) {
            schema.put("type", "string");
        } else if (allIntegers) {
            schema.put("type", "integer");
        }
        String description = serConfig.introspect(type).findClassDescription();
        if (description != null && !description.isBlank()) {
            schema.put("description", description);
        }
        schema.set("enum", values);
    }

    private void fillObject(ObjectNode schema, JavaType type) {
        schema.put("type", "object");
        BeanDescription ser = serConfig.introspect(type);
        String description = ser.findClassDescription();
        if (description != null && !description.isBlank()) {
            schema.put("description", description);
        }
        Map<String, Property> properties = properties(type, 0);
        ArrayNode required = JsonNodeFactory.instance.arrayNode();
        properties.forEach((name, p) -> {
            if (p.required()) {
                required.add(name);
            }
        });
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (!properties.isEmpty()) {
            ObjectNode props = schema.putObject("properties");
            properties.forEach((name, p) -> props.set(name, p.schema()));
        }
        AnnotatedMember anyGetter = ser.findAnyGetter();
        AnnotatedMember anySetter = deserConfig.introspect(type).findAnySetterAccessor();
        if (anyGetter != null) {
            JavaType t = anyGetter.getType();
            schema.set("additionalProperties", t.isMapLikeType() ? jsonSchema(t.getContentType()) : object());
        } else if (anySetter != null) {
            schema.set("additionalProperties", object());
        }
    }

    /**
     * The JSON properties of a bean, in Jackson's order: written ones first, then read-only-by-the-server ones.
     * {@code @JsonUnwrapped} members are flattened with their prefix/suffix, as Jackson does.
     */
    private Map<String, Property> properties(JavaType type, int depth) {
        BeanDescription ser = serConfig.introspect(type);
        BeanDescription deser = deserConfig.introspect(type);
        Map<String, BeanPropertyDefinition[]> both = new LinkedHashMap<>();
        Set<String> notWritten = serConfig.getDefaultPropertyIgnorals(type.getRawClass(), ser.getClassInfo())
            .findIgnoredForSerialization();
        Set<String> writable = included(serConfig.getDefaultPropertyInclusions(type.getRawClass(), ser.getClassInfo()));
        for (BeanPropertyDefinition p : ser.findProperties()) {
            if (p.couldSerialize() && !notWritten.contains(p.getName())
                && (writable == null || writable.contains(p.getName()))) {
                both.computeIfAbsent(p.getName(), k -> new BeanPropertyDefinition[2])[0] = p;
            }
        }
        Set<String> notRead = new HashSet<>(deser.getIgnoredPropertyNames());
        // a record component with @JsonIgnore stays a creator parameter, but Jackson drops its input
        Set<String> ignoredFields = new HashSet<>();
        deser.getClassInfo().fields().forEach(f -> {
            if (introspector.hasIgnoreMarker(f)) {
                ignoredFields.add(f.getName());
            }
        });
        notRead.addAll(deserConfig.getDefaultPropertyIgnorals(type.getRawClass(), deser.getClassInfo())
            .findIgnoredForDeserialization());
        Set<String> readable = included(deserConfig.getDefaultPropertyInclusions(type.getRawClass(), deser.getClassInfo()));
        for (BeanPropertyDefinition p : deser.findProperties()) {
            boolean ignoredCreatorParameter = p.getNonConstructorMutator() == null
                && ignoredFields.contains(p.getInternalName());
            if (p.couldDeserialize() && !ignoredCreatorParameter && !notRead.contains(p.getName())
                && (readable == null || readable.contains(p.getName()))) {
                both.computeIfAbsent(p.getName(), k -> new BeanPropertyDefinition[2])[1] = p;
            }
        }
        JsonInclude.Value beanInclusion = JsonInclude.Value.merge(serConfig.getDefaultPropertyInclusion(),
            JsonInclude.Value.merge(ser.findPropertyInclusion(JsonInclude.Value.empty()),
                serConfig.getDefaultPropertyInclusion(type.getRawClass(), JsonInclude.Value.empty())));

        Map<String, Property> result = new LinkedHashMap<>();
        for (Map.Entry<String, BeanPropertyDefinition[]> e : both.entrySet()) {
            BeanPropertyDefinition written = e.getValue()[0];
            BeanPropertyDefinition read = e.getValue()[1];
            BeanPropertyDefinition main = written != null ? written : read;
            AnnotatedMember member = main.getPrimaryMember();
            NameTransformer unwrap = member == null ? null : introspector.findUnwrappingNameTransformer(member);
            if (unwrap != null && depth < MAX_UNWRAP_DEPTH) {
                properties(main.getPrimaryType(), depth + 1)
                    .forEach((name, p) -> result.putIfAbsent(unwrap.transform(name), p));
                continue;
            }
            JavaType propertyType = main.getPrimaryType();
            boolean primitive = propertyType.isPrimitive();
            boolean required = primitive || (written != null && written.isRequired()) || (read != null && read.isRequired());

            ObjectNode schema = jsonSchema(propertyType);
            Map<String, JsonNode> extras = new LinkedHashMap<>();
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            String description = firstNonBlank(written, read);
            if (description != null) {
                extras.put("description", nodes.textNode(description));
            }
            String defaultText = main.getMetadata().getDefaultValue();
            if (defaultText != null && !defaultText.isEmpty()) {
                JsonNode value = defaultValue(defaultText, schema);
                if (value != null) {
                    extras.put("default", value);
                }
            }
            if (written != null && !primitive && writesNull(type, beanInclusion, written)) {
                extras.put("nullable", nodes.booleanNode(true));
            }
            if (read == null) {
                extras.put("readOnly", nodes.booleanNode(true));
            } else if (written == null) {
                extras.put("writeOnly", nodes.booleanNode(true));
            }
            result.put(e.getKey(), new Property(decorate(schema, extras), required));
        }
        return result;
    }

    /** The names of {@code @JsonIncludeProperties}, or {@code null} when it is absent (all included). */
    private static Set<String> included(JsonIncludeProperties.Value inclusions) {
        return inclusions == null ? null : inclusions.getIncluded();
    }

    /**
     * Whether the mapper can write {@code null} for the property: yes under inclusion ALWAYS; under NON_NULL only for
     * an empty {@code Optional}; never under NON_ABSENT/NON_EMPTY/NON_DEFAULT. Mirrors Jackson's PropertyBuilder.
     */
    private boolean writesNull(JavaType bean, JsonInclude.Value beanInclusion, BeanPropertyDefinition property) {
        JsonInclude.Value inclusion = serConfig
            .getDefaultInclusion(bean.getRawClass(), property.getRawPrimaryType(), beanInclusion)
            .withOverrides(property.findInclusion());
        JsonInclude.Include value = inclusion.getValueInclusion();
        if (value == JsonInclude.Include.ALWAYS || value == JsonInclude.Include.USE_DEFAULTS) {
            return true;
        }
        return value == JsonInclude.Include.NON_NULL && referenced(property.getPrimaryType()) != null;
    }

    private static String firstNonBlank(BeanPropertyDefinition... properties) {
        for (BeanPropertyDefinition p : properties) {
            if (p != null) {
                String d = p.getMetadata().getDescription();
                if (d != null && !d.isBlank()) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Adds keywords to a schema. OpenAPI 3.0 ignores siblings of {@code $ref}, so a reference is wrapped in
     * {@code allOf} to keep e.g. {@code nullable} or {@code readOnly} meaningful.
     */
    private static ObjectNode decorate(ObjectNode schema, Map<String, JsonNode> extras) {
        if (extras.isEmpty()) {
            return schema;
        }
        ObjectNode target = schema;
        if (schema.has("$ref")) {
            target = object();
            target.putArray("allOf").add(schema);
        }
        for (Map.Entry<String, JsonNode> e : extras.entrySet()) {
            target.set(e.getKey(), e.getValue());
        }
        return target;
    }

    /**
     * Scalars. {@code json} selects how dates are written in bodies (the mapper's timestamp features); parameters are
     * always ISO strings.
     */
    private ObjectNode simple(Class<?> raw, boolean json) {
        boolean timestamps = json && datesAsTimestamps;
        if (raw == String.class || raw == CharSequence.class || raw == char.class || raw == Character.class
            || raw == char[].class) {
            return type("string", null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return type("boolean", null);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
            || raw == byte.class || raw == Byte.class || raw == AtomicInteger.class) {
            return type("integer", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == AtomicLong.class) {
            return type("integer", "int64");
        }
        if (raw == BigInteger.class) {
            return type("integer", null);
        }
        if (raw == float.class || raw == Float.class) {
            return type("number", "float");
        }
        if (raw == double.class || raw == Double.class) {
            return type("number", "double");
        }
        if (raw == BigDecimal.class || raw == Number.class) {
            return type("number", null);
        }
        if (raw == byte[].class) {
            return json ? type("string", "byte") : type("string", "binary");
        }
        if (raw == UUID.class) {
            return type("string", "uuid");
        }
        if (raw == URI.class || raw == URL.class) {
            return type("string", "uri");
        }
        if (raw == LocalDate.class || raw.getName().equals("java.sql.Date")) {
            return timestamps ? array(type("integer", "int32"), false) : type("string", "date");
        }
        if (raw == LocalDateTime.class || raw == LocalTime.class || raw == OffsetTime.class) {
            if (timestamps) {
                return array(type("integer", "int32"), false);
            }
            return raw == LocalDateTime.class ? type("string", "date-time") : type("string", "time");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return timestamps ? type("number", null) : type("string", "date-time");
        }
        if (Date.class.isAssignableFrom(raw) || Calendar.class.isAssignableFrom(raw)) {
            return timestamps ? type("integer", "int64") : type("string", "date-time");
        }
        if (raw == Year.class) {
            return type("integer", "int32");
        }
        if (raw == Duration.class) {
            return json && durationsAsTimestamps ? type("number", null) : type("string", "duration");
        }
        if (raw == YearMonth.class || raw == MonthDay.class || raw == Period.class
            || ZoneId.class.isAssignableFrom(raw) || TimeZone.class.isAssignableFrom(raw) || raw == Locale.class
            || raw == Currency.class || Charset.class.isAssignableFrom(raw) || raw == Pattern.class
            || raw == Class.class || raw == File.class || java.nio.file.Path.class.isAssignableFrom(raw)
            || InetAddress.class.isAssignableFrom(raw)) {
            return type("string", null);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- naming

    /**
     * Names every component, rewrites the placeholder references in {@code document} and in the components, and
     * returns {@code components.schemas} sorted by name (with the fixed {@code Problem} and {@code FieldError}).
     */
    ObjectNode finish(JsonNode document) {
        Map<String, String> names = assignNames();
        rewrite(document, names);
        Map<String, ObjectNode> sorted = new TreeMap<>();
        sorted.put(PROBLEM, problemSchema());
        sorted.put(FIELD_ERROR, fieldErrorSchema());
        for (Map.Entry<String, Component> e : components.entrySet()) {
            rewrite(e.getValue().schema(), names);
            sorted.put(names.get(e.getKey()), e.getValue().schema());
        }
        ObjectNode schemas = object();
        sorted.forEach(schemas::set);
        return schemas;
    }

    /**
     * Simple class name when unique; on a clash the enclosing classes are prefixed ({@code Outer_Inner}), and if that
     * still clashes the fully qualified name is used. Generic types are named after their arguments
     * ({@code Page<ProcedureDto>} → {@code PageOfProcedureDto}). Only the set of types matters, not their order.
     */
    private Map<String, String> assignNames() {
        Map<String, String> names = new HashMap<>();
        Map<String, List<Component>> byBase = new TreeMap<>();
        List<Component> generic = new ArrayList<>();
        for (Component c : components.values()) {
            if (c.type().containedTypeCount() > 0) {
                generic.add(c);
            } else {
                byBase.computeIfAbsent(sanitize(c.type().getRawClass().getSimpleName()), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<String, List<Component>> e : byBase.entrySet()) {
            List<Component> group = e.getValue();
            if (group.size() == 1 && !e.getKey().isEmpty()) {
                names.put(group.get(0).type().toCanonical(), e.getKey());
                continue;
            }
            Map<String, String> candidates = new HashMap<>();
            for (Component c : group) {
                candidates.put(c.type().toCanonical(), enclosingName(c.type().getRawClass()));
            }
            boolean distinct = candidates.values().stream().distinct().count() == group.size()
                && candidates.values().stream().noneMatch(String::isEmpty);
            for (Component c : group) {
                String key = c.type().toCanonical();
                names.put(key, distinct ? candidates.get(key) : sanitize(c.type().getRawClass().getName()));
            }
        }
        for (Component c : generic) {
            names.put(c.type().toCanonical(), genericName(c.type(), names));
        }
        // last resort: a generated name equal to another (e.g. a real class called PageOfItem) or to a fixed one
        Map<String, List<String>> byName = new TreeMap<>();
        names.forEach((key, name) -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(key));
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            if (e.getValue().size() > 1 || RESERVED.contains(e.getKey())) {
                for (String key : e.getValue()) {
                    names.put(key, sanitize(key));
                }
            }
        }
        Map<String, Integer> used = new HashMap<>();
        for (String key : new TreeMap<>(names).keySet()) {
            String name = names.get(key);
            int n = used.merge(name, 1, Integer::sum);
            if (n > 1 || RESERVED.contains(name)) {
                names.put(key, name + "_" + (n + 1));
            }
        }
        return names;
    }

    private String genericName(JavaType type, Map<String, String> names) {
        StringBuilder name = new StringBuilder(sanitize(type.getRawClass().getSimpleName())).append("Of");
        for (int i = 0; i < type.containedTypeCount(); i++) {
            name.append(i == 0 ? "" : "And").append(argumentName(type.containedType(i), names));
        }
        return name.toString();
    }

    private String argumentName(JavaType type, Map<String, String> names) {
        String known = names.get(type.toCanonical());
        if (known != null) {
            return known;
        }
        JavaType referenced = referenced(type);
        if (referenced != null) {
            return argumentName(referenced, names);
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            return "ListOf" + argumentName(type.getContentType(), names);
        }
        if (type.isMapLikeType()) {
            return "MapOf" + argumentName(type.getContentType(), names);
        }
        if (components.containsKey(type.toCanonical()) && type.containedTypeCount() > 0) {
            return genericName(type, names);
        }
        Class<?> raw = type.getRawClass();
        return PRIMITIVE_NAMES.getOrDefault(raw, sanitize(raw.getSimpleName()));
    }

    private static String enclosingName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return type.getSimpleName().isEmpty() ? "" : sanitize(name.toString());
    }

    /** Component names must match {@code ^[a-zA-Z0-9.\-_]+$}. */
    private static String sanitize(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_+$", "");
        return s.isEmpty() && !name.isEmpty() ? "_" : s;
    }

    private static void rewrite(JsonNode node, Map<String, String> names) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(PENDING_PREFIX)) {
                String name = names.get(ref.asText().substring(PENDING_PREFIX.length()));
                ((ObjectNode) node).put("$ref", REF_PREFIX + Objects.requireNonNull(name));
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            rewrite(it.next(), names);
        }
    }

    // ---------------------------------------------------------------------------------------------- fixed schemas

    /** RFC 7807 problem details as the server's exception mappers write them. */
    private static ObjectNode problemSchema() {
        ObjectNode schema = type("object", null);
        schema.put("description", "RFC 7807 problem details, returned with every 4xx/5xx status.");
        schema.putArray("required").add("type").add("title").add("status").add("code");
        ObjectNode p = schema.putObject("properties");
        p.set("type", described(type("string", "uri-reference"), "URI identifying the problem type."));
        p.set("title", described(type("string", null), "Short summary of the problem type."));
        p.set("status", described(type("integer", "int32"), "The HTTP status code."));
        p.set("detail", described(type("string", null), "Explanation of this occurrence, in the language chosen by Accept-Language."));
        p.set("instance", described(type("string", "uri-reference"), "URI of this occurrence (usually the request path)."));
        p.set("code", described(type("string", null), "Stable machine-readable error code, e.g. validation-failed."));
        p.set("requestId", described(type("string", null), "Correlation id of the request, for support."));
        p.set("errors", described(array(ref(REF_PREFIX + FIELD_ERROR), false), "Offending input fields (validation failures)."));
        return schema;
    }

    /**
     * The wire shape of a field error. The Java record carries the message in two languages; the API sends one,
     * chosen by Accept-Language, so the record itself is deliberately not introspected.
     */
    private static ObjectNode fieldErrorSchema() {
        ObjectNode schema = type("object", null);
        schema.put("description", "One offending input field.");
        schema.putArray("required").add("field").add("code").add("message");
        ObjectNode p = schema.putObject("properties");
        p.set("field", described(type("string", null), "JSON path of the field, e.g. procedures[3].processingTime.unit, or 'line 12: code' for a CSV row."));
        p.set("code", described(type("string", null), "Stable machine-readable code of the rule broken."));
        p.set("message", described(type("string", null), "Message in the language chosen by Accept-Language."));
        return schema;
    }

    // ---------------------------------------------------------------------------------------------- nodes

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode type(String type, String format) {
        ObjectNode schema = object().put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        return schema;
    }

    static ObjectNode array(ObjectNode items, boolean unique) {
        ObjectNode schema = type("array", null);
        schema.set("items", items);
        if (unique) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    private static ObjectNode ref(String ref) {
        return object().put("$ref", ref);
    }

    private static ObjectNode described(ObjectNode schema, String description) {
        return schema.put("description", description);
    }
}
