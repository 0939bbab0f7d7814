package vn.motcua.platform.rest.openapi.sample;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A mutable POJO body, unlike the records. */
public class CreateProcedureRequest {
    private String code;
    private String name;
    private int processingDays;
    private List<StepDto> steps;
    private String secret;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public void setProcessingDays(int processingDays) {
        this.processingDays = processingDays;
    }

    public List<StepDto> getSteps() {
        return steps;
    }

    public void setSteps(List<StepDto> steps) {
        this.steps = steps;
    }

    @JsonIgnore
    public String getSecret() {
        return secret;
    }

    @JsonIgnore
    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Computed, written only: readOnly in the document. */
    public String getDisplayName() {
        return code + " " + name;
    }

    /** Accepted only: writeOnly in the document. */
    public void setPassword(String password) {
        this.secret = password;
    }
}
