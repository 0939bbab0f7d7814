package vn.motcua.platform.rest.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * JAX-RS path templates to OpenAPI path keys. JAX-RS allows a regular expression in a template
 * ({@code {code: [A-Z]{2}\d+}}) which OpenAPI does not, and regular expressions may themselves contain braces, so
 * this is a small brace-counting scanner rather than a regex.
 */
final class PathTemplates {
    private PathTemplates() {
    }

    /** Joins path segments into {@code /a/b/{id}}: one leading slash, no doubled or trailing slash, no regex. */
    static String join(String... parts) {
        StringBuilder raw = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                raw.append('/').append(stripRegex(part));
            }
        }
        String path = raw.toString().replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    /** {@code {code: [^/]+}} → {@code {code}}; text outside templates is kept as is. */
    static String stripRegex(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && template.charAt(j) != ':' && template.charAt(j) != '}') {
                j++;
            }
            String name = template.substring(i + 1, Math.min(j, n)).trim();
            if (j < n && template.charAt(j) == ':') {
                int depth = 1;
                j++;
                while (j < n && depth > 0) {
                    char r = template.charAt(j);
                    if (r == '\\') {
                        j++;
                    } else if (r == '{') {
                        depth++;
                    } else if (r == '}') {
                        depth--;
                    }
                    j++;
                }
            } else {
                j++;
            }
            out.append('{').append(name).append('}');
            i = j;
        }
        return out.toString();
    }

    /** Template variable names of a normalised path, in order of appearance. */
    static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        int i = path.indexOf('{');
        while (i >= 0) {
            int end = path.indexOf('}', i);
            if (end < 0) {
                break;
            }
            names.add(path.substring(i + 1, end));
            i = path.indexOf('{', end);
        }
        return names;
    }
}
