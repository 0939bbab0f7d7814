package vn.motcua.catalogue.impl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.motcua.catalogue.api.AttachmentPolicy;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.api.FormField;
import vn.motcua.catalogue.api.FormField.FieldOption;
import vn.motcua.catalogue.api.FormField.FieldType;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.storage.api.ContentType;

/**
 * Checks an e-form definition before it is published, so that a published form can always be rendered and checked:
 * every rule is one the field's type uses, limits are consistent, patterns compile. Returns the definition normalised
 * (texts trimmed, {@code required} never null, attachment types in upper case without repeats).
 */
final class EFormDefinitions {
    static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");
    /** Text lengths when the field sets none, and the most a definition may allow. */
    static final int DEFAULT_TEXT_LENGTH = 500;
    static final int DEFAULT_LONG_TEXT_LENGTH = 4000;
    static final int MAX_TEXT_LENGTH = 10_000;
    static final int MAX_OPTIONS = 500;
    static final int MAX_PATTERN = 500;
    /** The attachment size a procedure may set; the dossier's global limit still applies when it is lower. */
    static final int MAX_MEGABYTES = 1024;

    private static final Set<FieldType> LENGTH_TYPES = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.EMAIL);
    private static final Set<FieldType> RANGE_TYPES = EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL,
        FieldType.MULTI_CHOICE);
    private static final Set<FieldType> PATTERN_TYPES = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT);
    private static final Set<FieldType> CHOICE_TYPES = EnumSet.of(FieldType.CHOICE, FieldType.MULTI_CHOICE);

    /** What is stored: the definition without the revision bookkeeping. */
    record Definition(List<FormField> fields, AttachmentPolicy attachments) {
    }

    private EFormDefinitions() {
    }

    static Definition validate(EFormInput input) {
        Checks c = new Checks();
        if (input == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.required("expectedRevision", input.expectedRevision()) && input.expectedRevision() < 0) {
            c.add("expectedRevision", "out-of-range", "Phải là 0 (chưa có biểu mẫu) hoặc số phiên bản hiện hành",
                "must be 0 (no e-form yet) or the current revision");
        }
        List<FormField> fields = new ArrayList<>();
        if (input.fields() == null) {
            c.add("fields", "required", "Cần danh sách trường (có thể rỗng)", "the list of fields is required (may be empty)");
        } else if (input.fields().size() > EFormService.MAX_FIELDS) {
            c.add("fields", "too-many", "Tối đa " + EFormService.MAX_FIELDS + " trường",
                "at most " + EFormService.MAX_FIELDS + " fields");
        } else {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < input.fields().size(); i++) {
                FormField f = field(new Checks("fields[" + i + "]"), c, input.fields().get(i), keys);
                if (f != null) {
                    fields.add(f);
                }
            }
        }
        AttachmentPolicy attachments = attachments(c, input.attachments());
        c.throwIfAny();
        return new Definition(List.copyOf(fields), attachments);
    }

    private static FormField field(Checks f, Checks all, FormField in, Set<String> keys) {
        if (in == null) {
            f.add("", "required", "Trường rỗng", "empty field");
            all.addAll(trimmed(f));
            return null;
        }
        String key = Support.trim(in.key());
        if (f.required("key", key)) {
            if (!KEY.matcher(key).matches()) {
                f.add("key", "bad-format", "Mã trường bắt đầu bằng chữ cái, chỉ gồm chữ không dấu, số, '_' (tối đa 64)",
                    "a key starts with a letter and has only ASCII letters, digits or '_' (at most 64)");
            } else if (!keys.add(key.toLowerCase(Locale.ROOT))) {
                f.add("key", "duplicate", "Mã trường '" + key + "' bị trùng", "key '" + key + "' is used twice");
            }
        }
        String labelVi = Support.trim(in.labelVi());
        String labelEn = Support.trim(in.labelEn());
        String help = Support.trim(in.helpVi());
        f.requiredText("labelVi", labelVi, 500);
        f.maxLength("labelEn", labelEn, 500);
        f.maxLength("helpVi", help, 2000);
        FieldType type = in.type();
        if (!f.required("type", type)) {
            all.addAll(trimmed(f));
            return null;
        }
        Integer minLength = in.minLength();
        Integer maxLength = in.maxLength();
        if (rulesApply(f, LENGTH_TYPES, type, "minLength", minLength, "maxLength", maxLength)) {
            f.range("minLength", minLength, 0, MAX_TEXT_LENGTH);
            f.range("maxLength", maxLength, 1, MAX_TEXT_LENGTH);
            minAboveMax(f, "minLength", "maxLength", minLength != null && maxLength != null && minLength > maxLength);
        }
        BigDecimal min = in.min();
        BigDecimal max = in.max();
        if (rulesApply(f, RANGE_TYPES, type, "min", min, "max", max)) {
            minAboveMax(f, "min", "max", min != null && max != null && min.compareTo(max) > 0);
            if (type != FieldType.DECIMAL) {
                whole(f, "min", min, type == FieldType.MULTI_CHOICE);
                whole(f, "max", max, type == FieldType.MULTI_CHOICE);
            }
        }
        String pattern = in.pattern() == null || in.pattern().isEmpty() ? null : in.pattern();
        if (pattern != null) {
            if (!PATTERN_TYPES.contains(type)) {
                notFor(f, "pattern", type);
            } else if (f.maxLength("pattern", pattern, MAX_PATTERN)) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    f.add("pattern", "bad-pattern", "Biểu thức chính quy sai: " + e.getDescription(),
                        "the regular expression does not compile: " + e.getDescription());
                }
            }
        }
        List<FieldOption> options = null;
        if (CHOICE_TYPES.contains(type)) {
            options = options(f, in.options());
            if (options != null && type == FieldType.MULTI_CHOICE && min != null
                && min.compareTo(BigDecimal.valueOf(options.size())) > 0) {
                f.add("min", "out-of-range", "min lớn hơn số lựa chọn (" + options.size() + ")",
                    "min is greater than the number of options (" + options.size() + ")");
            }
        } else if (in.options() != null && !in.options().isEmpty()) {
            notFor(f, "options", type);
        }
        all.addAll(trimmed(f));
        return new FormField(key, labelVi, labelEn, type, Boolean.TRUE.equals(in.required()), minLength, maxLength,
            min == null ? null : FormDataCheck.plain(min), max == null ? null : FormDataCheck.plain(max), pattern,
            options, help);
    }

    private static List<FieldOption> options(Checks f, List<FieldOption> in) {
        if (in == null || in.isEmpty()) {
            f.add("options", "required", "Trường lựa chọn cần danh sách lựa chọn", "a choice field needs options");
            return null;
        }
        if (in.size() > MAX_OPTIONS) {
            f.add("options", "too-many", "Tối đa " + MAX_OPTIONS + " lựa chọn", "at most " + MAX_OPTIONS + " options");
            return null;
        }
        List<FieldOption> out = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String at = "options[" + i + "]";
            FieldOption o = in.get(i);
            if (!f.required(at, o)) {
                continue;
            }
            String value = Support.trim(o.value());
            if (f.requiredText(at + ".value", value, 200) && !values.add(value)) {
                f.add(at + ".value", "duplicate", "Giá trị '" + value + "' bị trùng", "value '" + value + "' is used twice");
            }
            String labelVi = Support.trim(o.labelVi());
            String labelEn = Support.trim(o.labelEn());
            f.requiredText(at + ".labelVi", labelVi, 500);
            f.maxLength(at + ".labelEn", labelEn, 500);
            out.add(new FieldOption(value, labelVi, labelEn));
        }
        return List.copyOf(out);
    }

    private static AttachmentPolicy attachments(Checks c, AttachmentPolicy in) {
        if (in == null || (in.maxMegabytes() == null && (in.allowedTypes() == null || in.allowedTypes().isEmpty()))) {
            return null;
        }
        c.range("attachments.maxMegabytes", in.maxMegabytes(), 1, MAX_MEGABYTES);
        List<String> types = null;
        if (in.allowedTypes() != null && !in.allowedTypes().isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < in.allowedTypes().size(); i++) {
                String name = Support.trim(in.allowedTypes().get(i));
                String type = name == null ? null : name.toUpperCase(Locale.ROOT);
                if (type == null || !isContentType(type)) {
                    c.add("attachments.allowedTypes[" + i + "]", "unknown-type",
                        "Không có định dạng '" + name + "'; dùng một trong " + typeNames(),
                        "no format '" + name + "'; use one of " + typeNames());
                } else {
                    seen.add(type);
                }
            }
            types = List.copyOf(seen);
        }
        return new AttachmentPolicy(in.maxMegabytes(), types);
    }

    private static boolean isContentType(String name) {
        for (ContentType t : ContentType.values()) {
            if (t.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String typeNames() {
        List<String> names = new ArrayList<>();
        for (ContentType t : ContentType.values()) {
            names.add(t.name());
        }
        return String.join(", ", names);
    }

    private static void whole(Checks f, String name, BigDecimal value, boolean nonNegative) {
        if (value == null) {
            return;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            f.add(name, "not-an-integer", "Phải là số nguyên", "must be a whole number");
        } else if (nonNegative && value.signum() < 0) {
            f.add(name, "out-of-range", "Không được âm", "must not be negative");
        }
    }

    /** Whether a pair of rules is set and the type uses it; a set rule the type does not use is reported. */
    private static boolean rulesApply(Checks f, Set<FieldType> types, FieldType type, String lowName, Object low,
                                      String highName, Object high) {
        if (low == null && high == null) {
            return false;
        }
        if (!types.contains(type)) {
            notFor(f, low != null ? lowName : highName, type);
            return false;
        }
        return true;
    }

    private static void minAboveMax(Checks f, String lowName, String highName, boolean above) {
        if (above) {
            f.add(lowName, "min-above-max", lowName + " lớn hơn " + highName, lowName + " is greater than " + highName);
        }
    }

    private static void notFor(Checks f, String rule, FieldType type) {
        f.add(rule, "not-applicable", "Quy tắc " + rule + " không dùng cho trường kiểu " + type,
            "rule " + rule + " does not apply to a field of type " + type);
    }

    /** Field errors named {@code fields[3].} for a problem of the whole field turn into {@code fields[3]}. */
    private static List<FieldError> trimmed(Checks f) {
        List<FieldError> out = new ArrayList<>();
        for (FieldError e : f.errors()) {
            String name = e.field().endsWith(".") ? e.field().substring(0, e.field().length() - 1) : e.field();
            out.add(new FieldError(name, e.code(), e.messageVi(), e.messageEn()));
        }
        return out;
    }
}
