package vn.motcua.platform.api.security;

/**
 * Who an account acts as (DOMAIN.md §2). Staff roles are always scoped to an agency subtree and, where assigned, to
 * sectors and procedures; the applicant sees only their own data.
 */
public enum Role {
    /** Công dân, tổ chức: submits and follows their own dossiers. */
    APPLICANT,
    /** Cán bộ một cửa: receives and returns dossiers. */
    ONE_STOP_OFFICER,
    /** Chuyên viên thụ lý: appraises. */
    SPECIALIST,
    /** Lãnh đạo phòng: assigns and reviews. */
    DEPARTMENT_HEAD,
    /** Lãnh đạo cơ quan: approves. */
    AGENCY_LEADER,
    /** Văn thư: numbers and issues signed results. */
    CLERK,
    /** Quản trị cơ quan: staff accounts and the agency's procedures and processes. */
    AGENCY_ADMIN,
    /** Trung tâm Phục vụ hành chính công / Sở: runs the system for all agencies. */
    PROVINCIAL_OPERATOR,
    /** Văn phòng UBND tỉnh, Phòng Kiểm soát TTHC: reads everything, reports. */
    SUPERVISOR,
    /** Công an tỉnh: audits population-database lookups only. */
    POLICE_AUDITOR
}
