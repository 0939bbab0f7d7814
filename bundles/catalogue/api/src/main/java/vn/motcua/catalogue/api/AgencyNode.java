package vn.motcua.catalogue.api;

import java.util.List;

/** An agency with its sub-agencies, for the tree view. */
public record AgencyNode(Agency agency, List<AgencyNode> children) {
}
