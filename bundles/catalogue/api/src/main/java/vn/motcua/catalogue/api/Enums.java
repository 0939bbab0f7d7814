package vn.motcua.catalogue.api;

/** Holder of the small vocabularies of the catalogue (kept together so a newcomer sees them at once). */
public final class Enums {
    private Enums() {
    }

    /** What an agency is. */
    public enum AgencyKind { PEOPLES_COMMITTEE, DEPARTMENT, ONE_STOP_CENTRE, DIVISION, POLICE, OTHER }

    /** Administrative level (cấp): district level exists only in history since 01/07/2025. */
    public enum AgencyLevel { CENTRAL, PROVINCE, DISTRICT, COMMUNE }

    /** Online service level since Decree 42/2022 Art 11; legacy levels 2/3/4 map onto it. */
    public enum OnlineLevel {
        /** Toàn trình: everything online, result online or by post. */
        FULL,
        /** Một phần. */
        PARTIAL,
        /** No online submission (legacy levels 1–2). */
        NONE;

        /** Legacy level 4 → FULL, 3 → PARTIAL, 1–2 → NONE. */
        public static OnlineLevel fromLegacy(int level) {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("legacy online level must be 1..4: " + level);
            }
            return level == 4 ? FULL : level == 3 ? PARTIAL : NONE;
        }
    }

    /** How a statutory processing time is counted. */
    public enum DurationUnit { WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, IMMEDIATE }

    public enum Channel { COUNTER, ONLINE, POSTAL }

    /** Form of a dossier component: bản chính, bản sao chứng thực, bản photocopy, bản điện tử. */
    public enum ComponentForm { ORIGINAL, CERTIFIED_COPY, PHOTOCOPY, ELECTRONIC }

    public enum ApplicantType { CITIZEN, ORGANISATION }

    /** FEE = phí, CHARGE = lệ phí. */
    public enum FeeKind { FEE, CHARGE }

    /** What a publication decision did to a procedure. */
    public enum ChangeType { CREATED, AMENDED, REPLACED, ABOLISHED }

    /** State of a procedure on a given date. */
    public enum ProcedureStatus { ACTIVE, ABOLISHED }

    /** Roles that own steps of an internal process. */
    public enum StepRole { ONE_STOP_OFFICER, SPECIALIST, DEPARTMENT_HEAD, AGENCY_LEADER, CLERK }

    /** Kinds of entries in an agency's history. */
    public enum AgencyEventType { CREATED, UPDATED, RENAMED, MERGED_INTO, ABSORBED, CLOSED }
}
