package vn.motcua.identity.api;

import java.util.Set;

import vn.motcua.platform.api.security.Role;

/**
 * A staff member's position: the agency (rights reach its whole subtree), roles, and the sectors and procedures
 * assigned (empty = all of the agency's).
 */
public record Position(String agencyCode, Set<Role> roles, Set<String> sectors, Set<String> procedures) {
}
