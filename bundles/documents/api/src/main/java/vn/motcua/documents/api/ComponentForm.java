package vn.motcua.documents.api;

/**
 * In what form a component was handed in. Same constants as the catalogue's {@code Enums.ComponentForm}, so a caller
 * maps one onto the other by name.
 */
public enum ComponentForm {
    ORIGINAL("Bản chính"),
    CERTIFIED_COPY("Bản sao có chứng thực"),
    PHOTOCOPY("Bản chụp"),
    ELECTRONIC("Bản điện tử");

    private final String label;

    ComponentForm(String label) {
        this.label = label;
    }

    /** As printed in the component table. */
    public String label() {
        return label;
    }
}
