package vn.motcua.calendar.engine;

/**
 * Warnings shown on the processing screens, each with its own colour and note (seed 000 Art 16.6). The colour is a
 * suggestion for user interfaces; {@link #severity()} orders them (the highest is shown first).
 */
public enum Warning {
    /** 16.6b: less than one working day left. */
    DUE_SOON(1, "#B45309", "Còn dưới 01 ngày làm việc", "Less than 1 working day left"),
    /** 16.6a: the agency's (step's) time exceeds its allotted time in the internal process. */
    STEP_OVERDUE(2, "#C2410C", "Vượt thời hạn của bước trong quy trình nội bộ",
        "Over the step's allotted time in the internal process"),
    /** 16.6c: at an interagency transfer, the combined allotted time of the agencies so far is already exceeded. */
    INTERAGENCY_OVERRUN(3, "#7C3AED", "Khi luân chuyển đã vượt tổng thời hạn của các cơ quan tham gia",
        "At transfer, over the combined allotted time of the agencies so far"),
    /** 16.3c: past the due time. */
    OVERDUE(4, "#B91C1C", "Quá hạn giải quyết", "Overdue");

    private final int severity;
    private final String colour;
    private final String noteVi;
    private final String noteEn;

    Warning(int severity, String colour, String noteVi, String noteEn) {
        this.severity = severity;
        this.colour = colour;
        this.noteVi = noteVi;
        this.noteEn = noteEn;
    }

    public int severity() {
        return severity;
    }

    public String colour() {
        return colour;
    }

    public String noteVi() {
        return noteVi;
    }

    public String noteEn() {
        return noteEn;
    }
}
