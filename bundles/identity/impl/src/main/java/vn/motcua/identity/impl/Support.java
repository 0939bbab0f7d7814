package vn.motcua.identity.impl;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.platform.api.security.Role;

/** Small shared helpers of the identity implementation. */
final class Support {
    private Support() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * A set stored as {@code ",A,B,"} (sorted, so equal sets give equal strings): "holds X" is then the portable
     * {@code LIKE '%,X,%'}. The empty set is {@code ","}.
     */
    static String joinCodes(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return ",";
        }
        return "," + String.join(",", new TreeSet<>(codes)) + ",";
    }

    static Set<String> splitCodes(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String joinRoles(Collection<Role> roles) {
        return joinCodes(roles == null ? Set.of() : roles.stream().map(Role::name).toList());
    }

    /** Unknown names (a role removed from a later release) are skipped rather than failing every login. */
    static Set<Role> splitRoles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : splitCodes(stored)) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                // ignored on purpose
            }
        }
        return roles;
    }
}
