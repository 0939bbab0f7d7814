package vn.motcua.calendar.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@code vn.motcua.calendar}: which provinces this installation serves and the receipt-time policies
 * on which the seeds differ (SEED-CLAUSES conflict 4: a 15:00 cut-off in seed 000, none in seed 001; conflict 6: the
 * clock after a supplement). Changes apply live; keep the file the same on every node.
 */
@ObjectClassDefinition(name = "MotCua calendar", description = "Province calendars and deadline policies")
public @interface CalendarConfig {
    String PID = "vn.motcua.calendar";

    @AttributeDefinition(description = "Default province: QCVN 102 province code as at the end of agency codes "
        + "(H06 = Bắc Ninh, the demo province)")
    String province() default "H06";

    @AttributeDefinition(description = "Further provinces served by this installation (comma-separated codes)")
    String[] otherProvinces() default {};

    @AttributeDefinition(description = "Receipt cut-off HH:mm: received after it, a dossier counts from the next working "
        + "day (seed 000 Art 16.1); empty = no cut-off (seed 001 Art 11.3b)")
    String cutOff() default "15:00";

    @AttributeDefinition(description = "What waiting for the applicant does: RESTART (seed 000 Art 16.5b: the time counts "
        + "again from zero at the new receipt) or PAUSE (the due date moves by the waiting time)")
    String clockStop() default "RESTART";
}
